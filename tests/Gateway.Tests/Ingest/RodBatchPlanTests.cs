using Thuiszitters.Gateway.Register.Entities;
using Thuiszitters.Gateway.Tests.Infrastructure;

namespace Thuiszitters.Gateway.Tests.Ingest;

public sealed class RodBatchPlanTests : IAsyncLifetime
{
    private const string Recipient = "VO2203";
    private const string Enrolments = "SELECT pgn, school, volgnummer, begin_date, end_date, mutatie FROM rod_enrolments ORDER BY pgn, school, volgnummer";

    private static readonly string A = Pgns.Bsn(1);
    private static readonly string B = Pgns.Bsn(2);
    private static readonly string C = Pgns.Bsn(3);
    private static readonly string D = Pgns.Bsn(4);
    private static readonly string Onr = Pgns.Onderwijsnummer(1);

    private readonly IngestHarness harness = new();

    public Task InitializeAsync() => harness.InitializeAsync();

    public Task DisposeAsync() => harness.DisposeAsync();

    [Fact]
    public async Task IngestFileAsync_CompleteThenPartial_EachRecordReplacesItsKeyAndVRemovesTheEnrolment()
    {
        await ApplyCompleteBatchOneAsync();

        var result = await harness.IngestAsync(SourceFiles.RodPartial(Recipient, 2)
            .Person(A, achternaam: "Bakker")
            .Enrolment(A, "05KO00", end: "20260327", mutatie: 'U')
            .Enrolment(A, "12AB01", begin: "20260328")
            .Enrolment(B, "05KO00", mutatie: 'V')
            .Report("5501", A, "05KO00", status: 'A')
            .Exemption(C, end: "20251231")
            .Link(B, Onr));

        Assert.Equal(DeliveryOutcomes.Applied, result.Outcome);
        Assert.Equal(7, result.RecordCount);
        Assert.Equal(
            [$"{A}|05KO00|1|2025-08-18|2026-03-27|U", $"{A}|12AB01|1|2026-03-28||T"],
            (await harness.RowsAsync(Enrolments)));
        Assert.Equal(["Bakker", "Jansen"], await harness.RowsAsync("SELECT achternaam FROM rod_persons ORDER BY pgn"));
        Assert.Equal(["5501|A"], await harness.RowsAsync("SELECT meldingsnummer, status FROM verzuimmeldingen"));
        Assert.Equal([$"{C}|5A|2025-12-31"], (await harness.RowsAsync("SELECT pgn, artikel, end_date FROM vrijstellingen")));
        Assert.Equal([$"{B}|{Onr}"], await harness.RowsAsync("SELECT bsn, onderwijsnummer FROM pgn_links"));
        Assert.Equal([$"{Recipient}|2|{result.DeliveryId}"], await harness.RowsAsync("SELECT recipient, last_batch_number, last_delivery_id FROM rod_batch_state"));
    }

    [Fact]
    public async Task IngestFileAsync_PartialWithAGap_IsRefusedAskingForACompleteBatchAndAppliesNothing()
    {
        await ApplyCompleteBatchOneAsync();
        var before = await harness.ContentsAsync();

        var result = await harness.IngestAsync(SourceFiles.RodPartial(Recipient, 3).Enrolment(D, "05KO00"));

        Assert.Equal(DeliveryOutcomes.BatchGap, result.Outcome);
        Assert.Contains("does not follow the last applied batch 1: batch 2 is missing", result.Reason, StringComparison.Ordinal);
        Assert.Contains("request a new complete (C) delivery", result.Reason, StringComparison.Ordinal);
        Assert.Equal(before, await harness.ContentsAsync());
    }

    [Fact]
    public async Task IngestFileAsync_PartialSeveralBatchesAhead_NamesTheMissingRange()
    {
        await ApplyCompleteBatchOneAsync();

        var result = await harness.IngestAsync(SourceFiles.RodPartial(Recipient, 5).Enrolment(D, "05KO00"));

        Assert.Equal(DeliveryOutcomes.BatchGap, result.Outcome);
        Assert.Contains("batches 2 to 4 are missing", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IngestFileAsync_PartialWithoutAnyCompleteBatch_IsABatchGap()
    {
        var result = await harness.IngestAsync(SourceFiles.RodPartial(Recipient, 1).Enrolment(D, "05KO00"));

        Assert.Equal(DeliveryOutcomes.BatchGap, result.Outcome);
        Assert.Contains("no complete batch before it", result.Reason, StringComparison.Ordinal);
        Assert.Equal(0, await harness.CountAsync("rod_enrolments"));
        Assert.Equal(0, await harness.CountAsync("rod_batch_state"));
    }

    [Fact]
    public async Task IngestFileAsync_PartialBatchNumberAgain_IsAHarmlessNoOpSaidToBeAlreadyApplied()
    {
        await ApplyCompleteBatchOneAsync();
        Assert.Equal(DeliveryOutcomes.Applied, (await harness.IngestAsync(SourceFiles.RodPartial(Recipient, 2).Enrolment(D, "05KO00"))).Outcome);
        var before = await harness.ContentsAsync();

        var again = await harness.IngestAsync(SourceFiles.RodPartial(Recipient, 2, created: "20260409").Enrolment(D, "05KO00", mutatie: 'V'));

        Assert.Equal(DeliveryOutcomes.BatchAlreadyApplied, again.Outcome);
        Assert.Contains("batch 2 of VO2203 was already applied", again.Reason, StringComparison.Ordinal);
        Assert.Contains("nothing changed", again.Reason, StringComparison.Ordinal);
        Assert.Equal(before, await harness.ContentsAsync());
    }

    [Fact]
    public async Task IngestFileAsync_CompleteAfterPartials_ReplacesEverythingEarlierBatchesSaid()
    {
        await ApplyCompleteBatchOneAsync();
        await harness.IngestAsync(SourceFiles.RodPartial(Recipient, 2).Enrolment(C, "05KO00"));
        await harness.IngestAsync(SourceFiles.RodComplete("PO2703", 1).Person(C).Enrolment(C, "40XY00"));

        var result = await harness.IngestAsync(SourceFiles.RodComplete(Recipient, 3).Person(D).Enrolment(D, "12AB01", begin: "20250901"));

        Assert.Equal(DeliveryOutcomes.Applied, result.Outcome);
        Assert.Equal(
            [$"{D}|12AB01|1|2025-09-01||T"],
            (await harness.RowsAsync($"SELECT pgn, school, volgnummer, begin_date, end_date, mutatie FROM rod_enrolments WHERE recipient = '{Recipient}'")));
        Assert.Equal([D], await harness.RowsAsync($"SELECT pgn FROM rod_persons WHERE recipient = '{Recipient}'"));
        Assert.Equal(0, await harness.CountAsync("verzuimmeldingen"));
        Assert.Equal(0, await harness.CountAsync("vrijstellingen"));
        Assert.Equal(0, await harness.CountAsync("pgn_links"));
        Assert.Equal(1, await harness.CountAsync("rod_enrolments", "recipient = 'PO2703'"));
        Assert.Equal(["3"], await harness.RowsAsync($"SELECT last_batch_number FROM rod_batch_state WHERE recipient = '{Recipient}'"));
    }

    [Fact]
    public async Task IngestFileAsync_CompleteWithALowerNumberThanApplied_IsAlreadyApplied()
    {
        await harness.IngestAsync(SourceFiles.RodComplete(Recipient, 5).Person(A));
        var before = await harness.ContentsAsync();

        var result = await harness.IngestAsync(SourceFiles.RodComplete(Recipient, 4).Person(B));

        Assert.Equal(DeliveryOutcomes.BatchAlreadyApplied, result.Outcome);
        Assert.Equal(before, await harness.ContentsAsync());
    }

    [Fact]
    public async Task IngestFileAsync_PartialNamingOneKeyTwice_TheLastRecordWins()
    {
        await ApplyCompleteBatchOneAsync();

        var result = await harness.IngestAsync(SourceFiles.RodPartial(Recipient, 2)
            .Enrolment(C, "05KO00")
            .Enrolment(C, "05KO00", mutatie: 'V')
            .Enrolment(A, "05KO00", mutatie: 'V')
            .Enrolment(A, "05KO00", begin: "20250901", mutatie: 'A'));

        Assert.Equal(DeliveryOutcomes.Applied, result.Outcome);
        Assert.Equal(
            [$"{A}|05KO00|1|2025-09-01||A", $"{B}|05KO00|1|2025-08-18||T"],
            (await harness.RowsAsync(Enrolments)));
    }

    [Fact]
    public async Task IngestFileAsync_CompleteListingAKeyTwice_IsRejectedWithoutTheNumberInTheReason()
    {
        var result = await harness.IngestAsync(SourceFiles.RodComplete(Recipient, 1).Person(A).Person(A, achternaam: "Bakker"));

        Assert.Equal(DeliveryOutcomes.Rejected, result.Outcome);
        Assert.Contains("same key", result.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(A, result.Reason, StringComparison.Ordinal);
        Assert.Equal(0, await harness.CountAsync("rod_persons"));
        Assert.Equal(1, await harness.CountAsync("rejected_files"));
    }

    [Fact]
    public async Task IngestFileAsync_FactRows_KeepTheirDeliveryAndLine()
    {
        var result = await harness.IngestAsync(SourceFiles.RodComplete(Recipient, 1).Person(A).Person(B).Enrolment(B, "05KO00"));

        Assert.Equal(
            [$"{A}|{result.DeliveryId}|2", $"{B}|{result.DeliveryId}|3"],
            await harness.RowsAsync("SELECT pgn, delivery_id, line FROM rod_persons ORDER BY line"));
        Assert.Equal([$"{result.DeliveryId}|4"], await harness.RowsAsync("SELECT delivery_id, line FROM rod_enrolments"));
    }

    private async Task ApplyCompleteBatchOneAsync()
    {
        var result = await harness.IngestAsync(SourceFiles.RodComplete(Recipient, 1)
            .Person(A)
            .Person(B)
            .Enrolment(A, "05KO00")
            .Enrolment(B, "05KO00")
            .Report("5501", A, "05KO00")
            .Exemption(C));
        Assert.Equal(DeliveryOutcomes.Applied, result.Outcome);
    }
}

using System.Security.Cryptography;
using Thuiszitters.Gateway.Register.Entities;
using Thuiszitters.Gateway.Tests.Infrastructure;

namespace Thuiszitters.Gateway.Tests.Ingest;

public sealed class DeliveryIngestorTests : IAsyncLifetime
{
    private static readonly string A = Pgns.Bsn(11);
    private static readonly string B = Pgns.Bsn(12);

    private readonly IngestHarness harness = new();

    public Task InitializeAsync() => harness.InitializeAsync();

    public Task DisposeAsync() => harness.DisposeAsync();

    [Fact]
    public async Task IngestFileAsync_SameFileTwice_SecondIsADuplicateAndTheRegisterIsIdentical()
    {
        var path = harness.Folder.Write(SourceFiles.RodComplete("VO2203", 1).Person(A).Person(B).Enrolment(A, "05KO00"));
        var pupils = harness.Folder.Write(SourceFiles.Pupils("12AB00", "20260301").Pupil("1", bsn: A).Pupil("2", bsn: B));
        var first = await harness.IngestAsync(path);
        Assert.Equal(DeliveryOutcomes.Applied, (await harness.IngestAsync(pupils)).Outcome);
        var before = await harness.ContentsAsync();

        var second = await harness.IngestAsync(path);
        var third = await harness.IngestAsync(pupils);

        Assert.Equal(DeliveryOutcomes.Applied, first.Outcome);
        Assert.Equal(3, first.RecordCount);
        Assert.Equal(DeliveryOutcomes.Duplicate, second.Outcome);
        Assert.Equal(DeliveryOutcomes.Duplicate, third.Outcome);
        Assert.Contains($"delivery {first.DeliveryId}", second.Reason, StringComparison.Ordinal);
        Assert.Equal(before, await harness.ContentsAsync());
        Assert.Equal(2, await harness.CountAsync("deliveries", "outcome = 'DUPLICATE'"));
    }

    [Fact]
    public async Task IngestFileAsync_SameBytesUnderAnotherSchoolsName_IsAppliedNotADuplicate()
    {
        const string header = "BSN;Onderwijsnummer;Startdatum;Einddatum;Reden;Aanbod;Plan;Regiehouder;Gemeld op\n";
        var first = await harness.IngestAsync(harness.Folder.Write("thuiszitters_12AB00_20260301.csv", header));
        var second = await harness.IngestAsync(harness.Folder.Write("thuiszitters_05KO00_20260301.csv", header));

        Assert.Equal(DeliveryOutcomes.Applied, first.Outcome);
        Assert.Equal(DeliveryOutcomes.Applied, second.Outcome);
        Assert.Equal(2, await harness.CountAsync("school_export_state", "kind = 'REGISTRATIONS'"));
    }

    [Fact]
    public async Task IngestFileAsync_SlrCountOff_IsRejectedTheRegisterKeepsWhatItHadAndTheBytesAreKept()
    {
        await harness.IngestAsync(SourceFiles.RodComplete("VO2203", 1).Person(A).Enrolment(A, "05KO00"));
        var before = await harness.ContentsAsync();
        var path = harness.Folder.Write(SourceFiles.RodComplete("VO2203", 2).Person(B).Enrolment(B, "05KO00").WithTrailer("SLR|1|2|0|0|0"));

        var result = await harness.IngestAsync(path);

        Assert.Equal(DeliveryOutcomes.Rejected, result.Outcome);
        Assert.Equal(4, result.ErrorLine);
        Assert.Contains("INS", result.Reason, StringComparison.Ordinal);
        Assert.Equal(0, result.RecordCount);
        var after = await harness.ContentsAsync();
        Assert.Equal(before.Where(t => t.Key != "rejected_files"), after.Where(t => t.Key != "rejected_files"));
        await using var context = harness.Database.CreateDbContext();
        var kept = Assert.Single(context.RejectedFiles.ToList());
        Assert.Equal(result.DeliveryId, kept.DeliveryId);
        Assert.Equal(await File.ReadAllBytesAsync(path), kept.Content);
        var delivery = context.Deliveries.Single(d => d.Id == result.DeliveryId);
        Assert.Equal(("VO2203", 2L, "C", 4L), (delivery.Owner, delivery.BatchNumber, delivery.BatchType, delivery.ErrorLine));
    }

    [Fact]
    public async Task IngestFileAsync_RejectedFileAgain_IsADuplicateOfTheRejection()
    {
        var path = harness.Folder.Write(SourceFiles.RodComplete("VO2203", 1).Person(A).WithTrailer("SLR|2|0|0|0|0"));
        var first = await harness.IngestAsync(path);

        var second = await harness.IngestAsync(path);

        Assert.Equal(DeliveryOutcomes.Rejected, first.Outcome);
        Assert.Equal(DeliveryOutcomes.Duplicate, second.Outcome);
        Assert.Equal(1, await harness.CountAsync("rejected_files"));
    }

    [Fact]
    public async Task IngestFileAsync_QuarantinedRecord_IsStoredAndTheRestApplied()
    {
        var invalid = Pgns.InvalidBsn(13);
        var result = await harness.IngestAsync(SourceFiles.Pupils("12AB00", "20260301").Pupil("1", bsn: A).Pupil("2", bsn: invalid).Pupil("3", bsn: B));

        Assert.Equal(DeliveryOutcomes.Applied, result.Outcome);
        Assert.Equal((2L, 1L), (result.RecordCount, result.QuarantinedCount));
        Assert.Equal([A, B], await harness.RowsAsync("SELECT bsn FROM school_pupils ORDER BY line"));
        var row = Assert.Single(await harness.RowsAsync("SELECT delivery_id, file_name, line, field, reason, raw_identifier, owner, kind FROM quarantined_records"));
        Assert.Equal($"{result.DeliveryId}|leerlingen_12AB00_20260301.csv|3|BSN|fails the elfproef|{invalid}|12AB00|PUPILS_CSV", row);
        Assert.Contains(invalid, Assert.Single(await harness.RowsAsync("SELECT raw_text FROM quarantined_records")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task IngestFileAsync_NameOfNoSourceFormat_IsRejectedAndKept()
    {
        var result = await harness.IngestAsync(harness.Folder.Write("notes.txt", "hello"));

        Assert.Equal(DeliveryOutcomes.Rejected, result.Outcome);
        Assert.Equal("file name", result.ErrorField);
        Assert.Equal(["UNKNOWN||REJECTED"], await harness.RowsAsync("SELECT kind, owner, outcome FROM deliveries"));
        Assert.Equal(1, await harness.CountAsync("rejected_files"));
    }

    [Fact]
    public async Task IngestFileAsync_AnyDelivery_RecordsTheClockTimeAndTheContentHash()
    {
        var path = harness.Folder.Write(SourceFiles.Brp("0361", "20260301").Resident(A));
        harness.Clock.Now = new DateTimeOffset(2026, 3, 2, 7, 15, 0, TimeSpan.Zero);

        var result = await harness.IngestAsync(path);

        await using var context = harness.Database.CreateDbContext();
        var delivery = context.Deliveries.Single(d => d.Id == result.DeliveryId);
        Assert.Equal(harness.Clock.Now, delivery.ReceivedAt);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(path))), delivery.Sha256);
        Assert.Equal((DeliveryKinds.BrpExtract, "0361", new DateOnly(2026, 3, 1)), (delivery.Kind, delivery.Owner, delivery.FileDate));
    }

    [Fact]
    public async Task IngestFileAsync_SameFileTwiceAtOnce_IsAppliedExactlyOnce()
    {
        var builder = SourceFiles.RodComplete("VO2203", 1);
        for (var i = 0; i < 2000; i++)
        {
            builder.Person(Pgns.Bsn(100 + i));
        }

        var path = harness.Folder.Write(builder);

        var results = await Task.WhenAll(harness.IngestAsync(path), harness.IngestAsync(path));

        Assert.Equal([DeliveryOutcomes.Applied, DeliveryOutcomes.Duplicate], results.Select(r => r.Outcome).Order(StringComparer.Ordinal));
        Assert.Equal(2000, await harness.CountAsync("rod_persons"));
    }

    [Fact]
    public async Task IngestFileAsync_TwoBatchesOfOneRecipientAtOnce_AreSerialised()
    {
        await harness.IngestAsync(SourceFiles.RodComplete("VO2203", 1).Person(A));
        var second = harness.Folder.Write(SourceFiles.RodPartial("VO2203", 2).Person(B));
        var third = harness.Folder.Write(SourceFiles.RodPartial("VO2203", 3).Enrolment(B, "05KO00"));

        var results = await Task.WhenAll(harness.IngestAsync(second), harness.IngestAsync(third));

        var applied = results.Count(r => r.Outcome == DeliveryOutcomes.Applied);
        var last = await harness.RowsAsync("SELECT last_batch_number FROM rod_batch_state");
        Assert.True(applied == 2 ? last.SequenceEqual(["3"]) : applied == 1 && last.SequenceEqual(["2"]), $"applied {applied}, last batch {string.Join(',', last)}");
        Assert.Contains(results, r => r.FileName == "rod_VO2203_000002.txt" && r.Outcome == DeliveryOutcomes.Applied);
    }
}

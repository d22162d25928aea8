using Thuiszitters.Gateway.Register.Entities;
using Thuiszitters.Gateway.Tests.Infrastructure;

namespace Thuiszitters.Gateway.Tests.Ingest;

public sealed class SchoolExportPlanTests : IAsyncLifetime
{
    private static readonly string A = Pgns.Bsn(21);
    private static readonly string B = Pgns.Bsn(22);
    private static readonly string C = Pgns.Bsn(23);

    private readonly IngestHarness harness = new();

    public Task InitializeAsync() => harness.InitializeAsync();

    public Task DisposeAsync() => harness.DisposeAsync();

    [Fact]
    public async Task IngestFileAsync_NewerExport_ReplacesTheOlderRowsOfThatSchoolOnly()
    {
        await harness.IngestAsync(SourceFiles.Pupils("12AB00", "20260301").Pupil("1", bsn: A).Pupil("2", bsn: B));
        await harness.IngestAsync(SourceFiles.Pupils("34CD00", "20260301").Pupil("9", bsn: C));

        var result = await harness.IngestAsync(SourceFiles.Pupils("12AB00", "20260415").Pupil("2", bsn: B, uitschrijving: "27-03-2026", naarSchool: "34CD00"));

        Assert.Equal(DeliveryOutcomes.Applied, result.Outcome);
        Assert.Equal(
            [$"12AB00|2|{B}|2025-08-18|2026-03-27|34CD00|{result.DeliveryId}", $"34CD00|9|{C}|2025-08-18|||"],
            await harness.RowsAsync(
                $"SELECT school, source_key, bsn, begin_date, end_date, destination, CASE WHEN school = '12AB00' THEN delivery_id END FROM school_pupils ORDER BY school"));
        Assert.Equal(["12AB00|PUPILS|2026-04-15", "34CD00|PUPILS|2026-03-01"], await harness.RowsAsync("SELECT school, kind, export_date FROM school_export_state ORDER BY school"));
    }

    [Theory]
    [InlineData("20260415")]
    [InlineData("20260301")]
    public async Task IngestFileAsync_ExportNotNewerThanTheApplied_IsSupersededAndNotApplied(string date)
    {
        await harness.IngestAsync(SourceFiles.Pupils("12AB00", "20260415").Pupil("1", bsn: A));
        var before = await harness.ContentsAsync();

        var result = await harness.IngestAsync(SourceFiles.Pupils("12AB00", date).Pupil("1", bsn: A).Pupil("2", bsn: B));

        Assert.Equal(DeliveryOutcomes.Superseded, result.Outcome);
        Assert.Contains("not newer than the applied pupils export of 2026-04-15 for 12AB00", result.Reason, StringComparison.Ordinal);
        Assert.Equal(before, await harness.ContentsAsync());
    }

    [Fact]
    public async Task IngestFileAsync_EdexAfterPupilsCsv_IsTheSameKindAndReplacesIt()
    {
        await harness.IngestAsync(SourceFiles.Pupils("05KO00", "20260301").Pupil("1", bsn: A).Pupil("2", bsn: B));

        var edex = await harness.IngestAsync(SourceFiles.Edex("05KO00", "20260415").Pupil("500", C, geboortedatum: "2010-10"));
        var olderCsv = await harness.IngestAsync(SourceFiles.Pupils("05KO00", "20260401").Pupil("1", bsn: A));

        Assert.Equal(DeliveryOutcomes.Applied, edex.Outcome);
        Assert.Equal(DeliveryOutcomes.Superseded, olderCsv.Outcome);
        Assert.Equal([$"500|{C}|Bakker|A.|Anna|2010|10||V"], await harness.RowsAsync(
            "SELECT source_key, bsn, achternaam, voorletters, roepnaam, birth_year, birth_month, birth_day, geslacht FROM school_pupils"));
    }

    [Fact]
    public async Task IngestFileAsync_Absences_StoresEachPupilsConsecutiveDaysAsOneRunAndEveryDayWithItsLine()
    {
        var b = Pgns.Bsn(12);
        var file = SourceFiles.Absences("05KO00", "20260415")
            .Day(A, "02-03-2026").Day(A, "03-03-2026", "2,5", "ZIEK").Day(A, "04-03-2026", "1", "LUXE") // lines 2-4
            .Day(b, "02-03-2026")                                                                      // line 5
            .Day(A, "05-03-2026")                                                                      // line 6: A again
            .Day(Pgns.InvalidBsn(1), "05-03-2026")                                                     // line 7: quarantined
            .Day(A, "06-03-2026").Day(A, "09-03-2026", "3", "SCHORSING");                              // lines 8-9

        var result = await harness.IngestAsync(file);

        Assert.Equal((DeliveryOutcomes.Applied, 7L, 1L), (result.Outcome, result.RecordCount, result.QuarantinedCount));
        Assert.Equal(
            [$"2|{A}|3", $"5|{b}|1", $"6|{A}|1", $"8|{A}|2"],
            await harness.RowsAsync("SELECT line, bsn, cardinality(dates) FROM absence_runs ORDER BY line"));
        Assert.Equal(
            [
                $"2|{A}|2026-03-02|6|ONGEOORLOOFD", $"3|{A}|2026-03-03|2.5|ZIEK", $"4|{A}|2026-03-04|1|LUXE", $"5|{b}|2026-03-02|6|ONGEOORLOOFD",
                $"6|{A}|2026-03-05|6|ONGEOORLOOFD", $"8|{A}|2026-03-06|6|ONGEOORLOOFD", $"9|{A}|2026-03-09|3|SCHORSING",
            ],
            await harness.RowsAsync("SELECT line, bsn, date, hours, code FROM absence_days ORDER BY line"));
    }

    [Fact]
    public async Task IngestFileAsync_AbsencesAndRegistrations_AreKindsOfTheirOwnWithTheirValues()
    {
        await harness.IngestAsync(SourceFiles.Pupils("05KO00", "20260415").Pupil("1", bsn: A));

        var absences = await harness.IngestAsync(SourceFiles.Absences("05KO00", "20260415").Day(A, "02-03-2026", "4,5", "VERLOF_11G", stamnummer: "1").Day(A, "03-03-2026"));
        var registrations = await harness.IngestAsync(SourceFiles.Registrations("05KO00", "20260415").Registration(A));

        Assert.Equal((2L, 1L), (absences.RecordCount, registrations.RecordCount));
        Assert.Equal(1, await harness.CountAsync("school_pupils"));
        Assert.Equal(
            [$"1|{A}|2026-03-02|4.5|VERLOF_11G", $"|{A}|2026-03-03|6|ONGEOORLOOFD"],
            await harness.RowsAsync("SELECT stamnummer, bsn, date, hours, code FROM absence_days ORDER BY date"));
        Assert.Equal(
            [$"{A}|2026-03-02||PSYCHISCH|False|True|Leerplicht Alkmaar|2026-03-09"],
            await harness.RowsAsync("SELECT bsn, start_date, end_date, reden, aanbod, plan, regiehouder, gemeld_op FROM thuiszitter_registrations"));
        Assert.Equal(["ABSENCES", "PUPILS", "REGISTRATIONS"], await harness.RowsAsync("SELECT kind FROM school_export_state ORDER BY kind"));
    }
}

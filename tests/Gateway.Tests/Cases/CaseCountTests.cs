using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Thuiszitters.Gateway.Cases;
using Thuiszitters.Gateway.Ingest;
using Thuiszitters.Gateway.Reconciliation;
using Thuiszitters.Gateway.Reconciliation.Facts;
using Thuiszitters.Gateway.Reconciliation.Persistence;
using Thuiszitters.Gateway.Security;
using Thuiszitters.Gateway.Tests.Api;
using Thuiszitters.Gateway.Tests.Infrastructure;
using Thuiszitters.Generator;
using Thuiszitters.Generator.Writers;

namespace Thuiszitters.Gateway.Tests.Cases;

/// <summary>
/// The quarterly count for the Inspectie and the daily legal counts: agreeing with the generator's ground truth,
/// cumulative over the quarter, scoped and with small cells suppressed for the Inspectie.
/// </summary>
public sealed class CaseCountTests : IAsyncLifetime
{
    private static readonly Caller Swv = new("Sara Swv", CallerRole.Swv, "VO2203", []);

    private readonly TestDatabase database = new();
    private readonly FixedTimeProvider clock = new(ApiHarness.Now);

    public Task InitializeAsync() => database.InitializeAsync();

    public Task DisposeAsync() => database.DisposeAsync();

    [Fact]
    public async Task Quarter_GeneratedRegion_AgreesWithTheGroundTruthByStatusAndBand()
    {
        var folder = Directory.CreateTempSubdirectory("tz-counts-").FullName;
        try
        {
            Assert.Equal(0, await GenerateCommand.RunAsync(
                ["--out", folder, "--pupils", "2000", "--seed", "7", "--as-of", "2026-04-15"], CancellationToken.None));
            var ingestor = new DeliveryIngestor(database.DataSource, clock, IngestOptions.Default, NullLogger<DeliveryIngestor>.Instance);
            await new DropFolderIngestor(ingestor).IngestFolderAsync(folder, CancellationToken.None);
            await new RegisterReconciliation(database.DataSource, clock).RunAsync(new DateOnly(2026, 4, 15), CancellationToken.None);
            using var truth = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(folder, GroundTruthWriter.FileName)));
            var cases = truth.RootElement.GetProperty("pupils").EnumerateArray()
                .Select(p => (Status: p.GetProperty("status").GetString()!, Band: p.TryGetProperty("band", out var b) ? b.GetString() : null))
                .Where(p => p.Status is "ABSOLUTE_ABSENCE" or "LONG_TERM_ABSENCE" or "AT_RISK" or "EXEMPT")
                .ToList();
            var (counts, snapshot) = Services();

            var quarter = await counts.QuarterAsync(Swv, 2026, 2, CancellationToken.None);

            Assert.True(cases.Count > 40 && cases.Select(c => c.Status).Distinct().Count() == 4, "the generated region plants cases of every status");
            Assert.Equal(cases.Count, quarter.Total.Value);
            foreach (var cell in quarter.ByStatus)
            {
                Assert.True(cases.Count(c => c.Status == cell.Key) == cell.Value, $"status {cell.Key}: truth {cases.Count(c => c.Status == cell.Key)}, counted {cell.Value}");
            }

            foreach (var cell in quarter.ByBand)
            {
                Assert.True(cases.Count(c => (c.Band ?? "GEEN") == cell.Key) == cell.Value, $"band {cell.Key}: truth {cases.Count(c => (c.Band ?? "GEEN") == cell.Key)}, counted {cell.Value}");
            }

            Assert.Equal(cases.Count, quarter.BySector.Sum(c => c.Value));
            Assert.Equal(cases.Count, quarter.ByReason.Sum(c => c.Value));
            var day = await counts.DayAsync(Swv, "REGIO", "*", null, CancellationToken.None);
            Assert.Equal(cases.Count(c => c.Status is "ABSOLUTE_ABSENCE" or "LONG_TERM_ABSENCE"), day!.Counts.Single(c => c.Key == CountMetrics.Thuiszitters).Value);
            Assert.Equal(new DateOnly(2026, 4, 15), await snapshot.TakeAsync(CancellationToken.None));
            Assert.Equal(quarter.Total, (await counts.QuarterAsync(Swv, 2026, 2, CancellationToken.None)).Total);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Quarter_CaseClosedDuringTheQuarter_StillCounts()
    {
        await RegisterSeed.SeedAsync(database.DataSource, clock);
        var (counts, snapshot) = Services();
        Assert.Equal(new DateOnly(2026, 4, 15), await snapshot.TakeAsync(CancellationToken.None));

        // Two weeks later pupil B (long-term absence) is back at school.
        await SaveRunAsync(new DateOnly(2026, 5, 1), PupilStatus.Attending);
        Assert.Equal(new DateOnly(2026, 5, 1), await snapshot.TakeAsync(CancellationToken.None));

        var quarter = await counts.QuarterAsync(Swv, 2026, 2, CancellationToken.None);
        var may = await counts.DayAsync(Swv, "REGIO", "*", new DateOnly(2026, 5, 1), CancellationToken.None);
        var april = await counts.DayAsync(Swv, "REGIO", "*", new DateOnly(2026, 4, 15), CancellationToken.None);
        var next = await counts.QuarterAsync(Swv, 2026, 3, CancellationToken.None);

        Assert.Equal(4, quarter.Total.Value);
        Assert.Equal(1, quarter.ByStatus.Single(c => c.Key == "LONG_TERM_ABSENCE").Value);
        Assert.Equal(3, quarter.Thuiszitters.Value);
        Assert.Equal(2, may!.Counts.Single(c => c.Key == CountMetrics.Thuiszitters).Value);
        Assert.Equal(3, april!.Counts.Single(c => c.Key == CountMetrics.Thuiszitters).Value);
        Assert.Equal(0, next.Total.Value);
    }

    [Fact]
    public async Task Quarter_BoardAndInspectie_BoardSeesItsSchoolsAndTheInspectieSmallCellsSuppressed()
    {
        await RegisterSeed.SeedAsync(database.DataSource, clock);
        var (counts, _) = Services();
        var board = new Caller("Bram Bestuur", CallerRole.Board, "bestuur-7", [RegisterSeed.SchoolA, RegisterSeed.SchoolC]);
        var inspectie = new Caller("Ilse Inspectie", CallerRole.Inspectie, null, []);
        var leerplicht = new Caller("Lotte Leerplicht", CallerRole.Leerplicht, "0361", []);

        var ofBoard = await counts.QuarterAsync(board, 2026, 2, CancellationToken.None);
        var ofInspectie = await counts.QuarterAsync(inspectie, 2026, 2, CancellationToken.None);

        Assert.Equal(2, ofBoard.Total.Value);
        Assert.False(ofBoard.Suppressed);
        Assert.True(ofInspectie.Suppressed);
        Assert.Equal(new CountCell("TOTAAL", null, "<5"), ofInspectie.Total);
        Assert.Equal(new CountCell("EXEMPT", 0, "0"), ofInspectie.ByStatus.Single(c => c.Key == "EXEMPT"));
        Assert.Null(await counts.DayAsync(leerplicht, "GEMEENTE", "0383", null, CancellationToken.None));
        Assert.Null(await counts.DayAsync(board, "REGIO", "*", null, CancellationToken.None));
        Assert.Equal(1, (await counts.DayAsync(leerplicht, "GEMEENTE", "0361", null, CancellationToken.None))!.Counts.Single(c => c.Key == "ABSOLUTE_ABSENCE").Value);
    }

    private (CaseCounts Counts, CountSnapshot Snapshot) Services()
    {
        var index = new CaseIndex(database.DataSource, clock, NullLogger<CaseIndex>.Instance);
        var snapshot = new CountSnapshot(database.DataSource, index, clock, NullLogger<CountSnapshot>.Instance);
        return (new CaseCounts(database.DataSource, snapshot), snapshot);
    }

    private async Task SaveRunAsync(DateOnly asOf, PupilStatus statusOfB)
    {
        PupilOutcome Pupil(string pgn, PupilStatus status, DurationBand? band, string gemeente, string school) =>
            new(pgn, null, status, status == PupilStatus.Attending ? null : new DateOnly(2026, 3, 2), band, gemeente, [school], []);
        var run = new ReconciliationRun(
            asOf,
            [
                Pupil(RegisterSeed.PupilA, PupilStatus.AbsoluteAbsence, DurationBand.From4WeeksTo3Months, "0361", RegisterSeed.SchoolA),
                Pupil(RegisterSeed.PupilB, statusOfB, null, "0383", RegisterSeed.SchoolB),
                Pupil(RegisterSeed.PupilC, PupilStatus.AtRisk, null, "0361", RegisterSeed.SchoolB),
                Pupil(RegisterSeed.PupilD, PupilStatus.AbsoluteAbsence, DurationBand.From4WeeksTo3Months, "0383", RegisterSeed.SchoolC),
            ],
            []);
        var facts = new RegisterFacts([], new RegionFacts(new HashSet<string>(), new HashSet<string> { RegisterSeed.SchoolA, RegisterSeed.SchoolB, RegisterSeed.SchoolC }), []);
        await new ReconciliationStore(database.DataSource, clock).SaveAsync(run, null, facts, CancellationToken.None);
    }
}

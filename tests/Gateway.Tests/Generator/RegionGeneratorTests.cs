using System.Text.Json;
using System.Text.RegularExpressions;
using Thuiszitters.Generator;
using Thuiszitters.Generator.Rules;
using Thuiszitters.Generator.Scenarios;

namespace Thuiszitters.Gateway.Tests.Generator;

public sealed partial class RegionGeneratorTests(GeneratedRegion region) : IClassFixture<GeneratedRegion>
{
    [Fact]
    public void Run_SameArguments_WritesIdenticalBytes()
    {
        var again = GeneratedRegion.Create(42, "again");
        try
        {
            new RegionGenerator(again).Run();
            var first = Directory.GetFiles(region.Folder).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
            var second = Directory.GetFiles(again.OutputFolder).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
            Assert.Equal(first, second);
            foreach (var name in first)
            {
                Assert.True(File.ReadAllBytes(region.PathOf(name!)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(again.OutputFolder, name!))), name);
            }
        }
        finally
        {
            Directory.Delete(again.OutputFolder, true);
        }
    }

    [Fact]
    public void Run_DifferentSeed_WritesDifferentRegion()
    {
        var other = GeneratedRegion.Create(43, "other");
        try
        {
            new RegionGenerator(other).Run();
            Assert.NotEqual(File.ReadAllBytes(region.PathOf(GroundTruthName)), File.ReadAllBytes(Path.Combine(other.OutputFolder, GroundTruthName)));
            Assert.NotEqual(Directory.GetFiles(region.Folder).Select(Path.GetFileName).Order(), Directory.GetFiles(other.OutputFolder).Select(Path.GetFileName).Order());
        }
        finally
        {
            Directory.Delete(other.OutputFolder, true);
        }
    }

    [Fact]
    public void Run_SmallRegion_GroundTruthHoldsEveryStatusAndEveryConflictCode()
    {
        using var truth = JsonDocument.Parse(File.ReadAllText(region.PathOf(GroundTruthName)));
        var root = truth.RootElement;
        var pupils = root.GetProperty("pupils").EnumerateArray().ToList();
        var conflicts = root.GetProperty("conflicts").EnumerateArray().ToList();

        Assert.Equal("2026-04-15", root.GetProperty("asOf").GetString());
        Assert.Equal(PupilStatus.All.Order(), pupils.Select(p => p.GetProperty("status").GetString()!).Distinct().Order());
        Assert.Equal(ConflictCode.All.Order(), conflicts.Select(c => c.GetProperty("code").GetString()!).Distinct().Order());
        Assert.Equal(ConflictCode.All, root.GetProperty("judgedCodes").EnumerateArray().Select(c => c.GetString()!));
        Assert.All(ConflictCode.All, code => Assert.True(conflicts.Count(c => c.GetProperty("code").GetString() == code) >= 2, code));
        var pgns = pupils.Select(p => p.GetProperty("pgn").GetString()!).ToList();
        Assert.Equal(pgns.Order(StringComparer.Ordinal), pgns);
        Assert.Equal(pgns.Count, pgns.Distinct().Count());
        Assert.Equal(region.Summary.Persons, pgns.Count);
    }

    [Fact]
    public void Run_SmallRegion_PlantsEveryScenarioAtLeastTwiceInAFewPercent()
    {
        var summary = region.Summary;

        Assert.All(ScenarioCatalog.All, s => Assert.True(summary.Scenarios.GetValueOrDefault(s.Name) >= 2, s.Name));
        Assert.InRange(summary.PlantedIndices, ScenarioCatalog.Count * 2, region.Options.Pupils / 15);
    }

    [Fact]
    public void Run_SmallRegion_GroundTruthGivesSinceAndBandWhereTheSnapshotDoes()
    {
        using var truth = JsonDocument.Parse(File.ReadAllText(region.PathOf(GroundTruthName)));
        foreach (var pupil in truth.RootElement.GetProperty("pupils").EnumerateArray())
        {
            var status = pupil.GetProperty("status").GetString()!;
            Assert.Equal(PupilStatus.HasSince(status), pupil.TryGetProperty("since", out _));
            var band = pupil.TryGetProperty("band", out var b) ? b.GetString() : null;
            Assert.Equal(status is PupilStatus.AbsoluteAbsence or PupilStatus.LongTermAbsence, band is not null);
        }
    }

    [Fact]
    public void Run_SmallRegion_FileNamesMatchTheDropFolderPatterns()
    {
        var patterns = new[] { EdexName(), LeerlingenName(), VerzuimName(), ThuiszittersName(), RodName(), BrpName() };
        var names = Directory.GetFiles(region.Folder).Select(Path.GetFileName).OfType<string>().ToList();

        Assert.DoesNotContain(patterns, p => p.IsMatch(GroundTruthName));
        Assert.All(names.Where(n => n != GroundTruthName), n => Assert.Single(patterns, p => p.IsMatch(n)));
        Assert.Contains(GroundTruthName, names);
        Assert.All(patterns, p => Assert.Contains(names, n => p.IsMatch(n)));
        Assert.Equal(["rod_VO2203_000001.txt", "rod_VO2203_000002.txt"], names.Where(n => RodName().IsMatch(n)).Order(StringComparer.Ordinal));
        Assert.Equal(5, names.Count(n => BrpName().IsMatch(n)));
    }

    [Fact]
    public void Run_SmallRegion_SomeSchoolsDeliverNothing()
    {
        var setup = new RegionSetup(region.Options);
        var names = Directory.GetFiles(region.Folder).Select(Path.GetFileName).OfType<string>().ToList();
        var silent = setup.Schools.Where(s => !s.Exports).ToList();

        Assert.InRange(silent.Count, setup.Schools.Count / 10, setup.Schools.Count / 6);
        Assert.All(silent, s => Assert.DoesNotContain(names, n => n.Contains(s.Code, StringComparison.Ordinal)));
        Assert.All(silent, s => Assert.Contains($"|{s.Brin}|{s.Vestiging}|", File.ReadAllText(region.PathOf("rod_VO2203_000001.txt")), StringComparison.Ordinal));
    }

    private const string GroundTruthName = ".ground-truth.json";

    [GeneratedRegex(@"^[0-9]{2}[A-Z]{2}[0-9]{2}_[0-9]{8}\.edex\.xml$")]
    private static partial Regex EdexName();

    [GeneratedRegex(@"^leerlingen_[0-9]{2}[A-Z]{2}[0-9]{2}_[0-9]{8}\.csv$")]
    private static partial Regex LeerlingenName();

    [GeneratedRegex(@"^verzuim_[0-9]{2}[A-Z]{2}[0-9]{2}_[0-9]{8}\.csv$")]
    private static partial Regex VerzuimName();

    [GeneratedRegex(@"^thuiszitters_[0-9]{2}[A-Z]{2}[0-9]{2}_[0-9]{8}\.csv$")]
    private static partial Regex ThuiszittersName();

    [GeneratedRegex(@"^rod_[A-Z0-9]+_[0-9]{6}\.txt$")]
    private static partial Regex RodName();

    [GeneratedRegex(@"^brp_[0-9]{4}_[0-9]{8}\.csv$")]
    private static partial Regex BrpName();
}

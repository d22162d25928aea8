using System.Text.Json;
using System.Text.RegularExpressions;
using Npgsql;
using Thuiszitters.Benchmarks;
using Thuiszitters.Gateway.Tests.Infrastructure;

namespace Thuiszitters.Gateway.Tests.Benchmarks;

/// <summary>
/// The national benchmark at a size of seconds, so it cannot rot: every stage must produce figures and the JSON must
/// be written. Whether the targets are met is the benchmark's answer, not this test's.
/// </summary>
public sealed class BenchmarkSmokeTests : IDisposable
{
    private static readonly string[] Kinds = ["brp", "rod", "edex", "pupils-csv", "absences-csv", "registrations-csv"];

    private readonly string dataRoot = Path.Combine(Path.GetTempPath(), "tz_bench_smoke_" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task RunAsync_SmallRegion_EveryStageHasFiguresAndTheJsonIsWritten()
    {
        var options = BenchmarkOptions.Parse(["--pupils", "2000", "--data", dataRoot, "--server", TestDatabase.ServerConnectionString], out var error);
        Assert.True(options is not null, error);
        using var output = new StringWriter();

        var report = (await new BenchmarkRunner(options, output, TimeProvider.System).RunAsync(CancellationToken.None))!;

        var stages = report.Stages.ToDictionary(s => s.Stage, StringComparer.Ordinal);
        string[] expected =
        [
            .. Kinds.Select(k => "copy " + k), "copy total", .. Kinds.Select(k => "copy+indexes " + k), "copy+indexes total",
            "ingest start", "ingest deliveries", .. Kinds.Select(k => "ingest " + k), "ingest finish", "ingest total", "reconcile full",
            "reconcile A1 no change log", "reconcile B1 change log", "reconcile B2 change log", "reconcile A2 no change log", "reconcile B/A (change log)",
            "files to reconciled register", "delta ingest", "delta reconcile", "delta total", "delta in feed", "peak memory ingest", "peak memory reconcile",
        ];
        Assert.Equal(expected, report.Stages.Select(s => s.Stage));
        string[] runSteps = ["ingest start", "ingest deliveries", "ingest finish"];
        Assert.All(report.Stages.Where(s => s.Group != "memory" && !runSteps.Contains(s.Stage)), s => Assert.True(s.Rows > 0 && s.Seconds > 0, $"{s.Stage}: {s.Rows} rows in {s.Seconds} s"));
        Assert.All(runSteps, s => Assert.True(stages[s].Seconds > 0 && stages[s].Ratio is null && stages[s].Met is null, s));
        string[] steps = [.. Kinds.Select(k => "ingest " + k), "reconcile full", "delta ingest", "delta reconcile"];
        Assert.All(steps, s => Assert.True(stages[s].PeakWorkingSetBytes > 0 && stages[s].Memory is { PeakManagedHeapBytes: > 0 }, $"{s}: no memory figures"));
        Assert.All(["ingest total", "peak memory ingest", "peak memory reconcile"], s => Assert.True(stages[s].PeakWorkingSetBytes > 0, s));
        Assert.All(report.Stages.Where(s => (s.Group is "ingest" or "diagnostic" || s.Stage == "files to reconciled register") && !runSteps.Contains(s.Stage)),
            s => Assert.True(s.Ratio > 0, $"{s.Stage}: no ratio to the baseline"));
        Assert.All(Kinds, k => Assert.Equal(stages["copy " + k].Rows, stages["ingest " + k].Rows));
        Assert.All(Kinds, k => Assert.True(stages["ingest " + k].Target is null && stages["ingest " + k].Met is null, k));
        Assert.Equal(stages["copy total"].Rows, stages["ingest deliveries"].Rows);
        Assert.Equal(stages["copy total"].Rows, stages["ingest total"].Rows);
        Assert.Equal(stages["ingest start"].Seconds + stages["ingest deliveries"].Seconds + stages["ingest finish"].Seconds, stages["ingest total"].Seconds, 9);
        Assert.All(Kinds, k => Assert.Equal(stages["copy " + k].Rows, stages["copy+indexes " + k].Rows));
        Assert.All(report.Stages, s => Assert.Null(s.Note));
        Assert.Equal(report.Delta.TouchedPersons, stages["delta reconcile"].Rows);
        Assert.InRange(report.Delta.TouchedPersons, 10, 20);
        Assert.Equal(["load", "rules", "store", "changeLog"], stages["reconcile full"].Parts?.Keys);
        Assert.False(stages["reconcile A1 no change log"].Parts?.ContainsKey("changeLog"));
        Assert.True(stages["reconcile B1 change log"].Parts?.ContainsKey("changeLog"));
        Assert.True(stages["reconcile B/A (change log)"].Ratio > 0);
        Assert.True(stages["delta in feed"].Seconds >= stages["delta total"].Seconds);
        Assert.Equal(8, report.Targets.Count);

        Assert.True(File.Exists(options.ResultPath), options.ResultPath);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(options.ResultPath));
        var root = json.RootElement;
        Assert.Equal(report.Stages.Count, root.GetProperty("stages").GetArrayLength());
        Assert.Equal(8, root.GetProperty("targets").GetArrayLength());
        Assert.StartsWith("PostgreSQL", root.GetProperty("machine").GetProperty("postgreSqlVersion").GetString(), StringComparison.Ordinal);
        Assert.True(root.GetProperty("machine").GetProperty("cores").GetInt32() > 0);
        Assert.Contains("ingest total", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_DeltaFromAKeptRegister_MeasuresTheDeltaAloneOnACopy()
    {
        var options = BenchmarkOptions.Parse(
            ["--pupils", "2000", "--data", dataRoot, "--server", TestDatabase.ServerConnectionString, "--keep-databases"], out var error);
        Assert.True(options is not null, error);
        using var output = new StringWriter();
        await new BenchmarkRunner(options, output, TimeProvider.System).RunAsync(CancellationToken.None);
        var kept = Regex.Matches(output.ToString(), "tz_bench_re(?:gister|conciled)_[0-9a-f]{32}").Select(m => m.Value).Distinct().ToList();
        var reconciled = kept.Single(k => k.StartsWith("tz_bench_reconciled_", StringComparison.Ordinal));
        try
        {
            var deltaOnly = BenchmarkOptions.Parse(
                ["--pupils", "2000", "--data", dataRoot, "--server", TestDatabase.ServerConnectionString, "--delta-from", reconciled, "--json", Path.Combine(dataRoot, "delta.json")],
                out error);
            Assert.True(deltaOnly is not null, error);
            using var deltaOutput = new StringWriter();

            Assert.Null(await new BenchmarkRunner(deltaOnly, deltaOutput, TimeProvider.System).RunAsync(CancellationToken.None));

            Assert.Matches("delta total: [0-9.]+ s \\(target <= 5 s: (met|MISSED)\\), on a copy of " + reconciled, deltaOutput.ToString());
            using var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(dataRoot, "delta.json")));
            Assert.Matches("delta in feed: [0-9.]+ s after the delivery began", deltaOutput.ToString());
            Assert.Equal(["delta ingest", "delta reconcile", "delta in feed"], json.RootElement.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("name").GetString()));
            var copy = Regex.Match(deltaOutput.ToString(), "delta on (tz_bench_register_[0-9a-f]{32}), a copy of").Groups[1].Value;
            var databases = await DatabasesAsync();
            Assert.Contains(reconciled, databases);
            Assert.DoesNotContain(copy, databases);
        }
        finally
        {
            foreach (var database in kept)
            {
                await Thuiszitters.Gateway.Cli.ThrowawayDatabase.DropAsync(TestDatabase.ServerConnectionString, database);
            }
        }

        Assert.Empty((await DatabasesAsync()).Intersect(kept));
    }

    private static async Task<List<string>> DatabasesAsync()
    {
        await using var connection = new NpgsqlConnection(TestDatabase.ServerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT datname FROM pg_database", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var names = new List<string>();
        while (await reader.ReadAsync())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    public void Dispose()
    {
        if (Directory.Exists(dataRoot))
        {
            Directory.Delete(dataRoot, true);
        }
    }
}

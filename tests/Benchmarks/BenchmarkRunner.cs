using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Thuiszitters.Benchmarks.Baseline;
using Thuiszitters.Benchmarks.DataSet;
using Thuiszitters.Benchmarks.Reporting;
using Thuiszitters.Benchmarks.Stages;
using Thuiszitters.Connectors;
using Thuiszitters.Gateway.Cli;
using Thuiszitters.Gateway.Register;

namespace Thuiszitters.Benchmarks;

/// <summary>
/// One benchmark run: the data set (reused or generated), the weekly delta and the baseline's intermediates
/// (untimed), then the baseline (<c>psql \copy</c> per file kind) and the product stages (ingest per kind, full
/// reconcile, weekly delta), each on a throwaway database; then the report on stdout and as JSON.
/// </summary>
internal sealed class BenchmarkRunner(BenchmarkOptions options, TextWriter output, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public async Task<BenchmarkReport> RunAsync(CancellationToken cancellationToken)
    {
        var startedAt = clock.GetUtcNow();
        var watch = Stopwatch.StartNew();
        var server = options.Server ?? await RegisterConnection.ResolveAsync(cancellationToken);
        var machine = await MachineInfo.CollectAsync(server, cancellationToken);
        var dataSet = NationalDataSet.Ensure(options, output, cancellationToken);
        var rod = dataSet.Kinds.FirstOrDefault(k => k.Kind == SourceKind.RodBatch)
            ?? throw new BenchmarkException("the data set has no ROD batch");
        var delta = WeeklyDelta.Write(rod, Path.Combine(options.WorkFolder, "delta"), options.Pupils, options.AsOf);
        var touchedPath = Path.Combine(options.WorkFolder, "delta", "touched-persons.txt");
        await File.WriteAllLinesAsync(touchedPath, delta.TouchedPgns, cancellationToken);

        Log("baseline: plain intermediates of every file kind (untimed; reused when present)");
        var inputs = dataSet.Kinds.Select(k => BaselineConverter.Ensure(k, Path.Combine(options.WorkFolder, "baseline"), cancellationToken)).ToList();
        var baseline = await RunBaselineAsync(server, inputs, cancellationToken);

        StageResult ingest, reconcile, deltaResult;
        await using (var register = await BenchmarkDatabase.CreateAsync(server, "tz_bench_register", cancellationToken))
        {
            var connectionString = register.ConnectionString;
            await RegisterDatabase.MigrateAsync(connectionString, cancellationToken);
            var stages = new StageRunner(options.InProcess, options.WorkFolder);
            ingest = Logged(await stages.RunAsync(new StageRequest(StageCommand.Ingest, connectionString, options.AsOf, DataSetFolder: dataSet.Folder), cancellationToken));
            reconcile = Logged(await stages.RunAsync(new StageRequest(StageCommand.Reconcile, connectionString, options.AsOf), cancellationToken));
            deltaResult = Logged(await stages.RunAsync(
                new StageRequest(StageCommand.Delta, connectionString, options.AsOf, DeltaPath: delta.Path, TouchedPath: touchedPath), cancellationToken));
        }

        var (figures, targets) = ReportBuilder.Build(baseline, ingest, reconcile, deltaResult);
        var report = new BenchmarkReport(
            startedAt, watch.Elapsed.TotalSeconds, options.AsOf, machine, dataSet,
            new DeltaSummary(Path.GetFileName(delta.Path), delta.BatchNumber, delta.TouchedPgns.Count, delta.EndedEnrolments, delta.NewReports),
            !options.InProcess, figures, targets);
        ReportTable.Print(output, report);
        Directory.CreateDirectory(Path.GetDirectoryName(options.ResultPath)!);
        await File.WriteAllTextAsync(options.ResultPath, JsonSerializer.Serialize(report, Json), cancellationToken);
        Log($"wrote {options.ResultPath}");
        return report;
    }

    private async Task<IReadOnlyList<BaselineRun>> RunBaselineAsync(string server, IReadOnlyList<BaselineInput> inputs, CancellationToken cancellationToken)
    {
        await using var database = await BenchmarkDatabase.CreateAsync(server, "tz_bench_baseline", cancellationToken);
        await BaselineDatabase.CreateTablesAsync(database.ConnectionString, inputs.SelectMany(i => i.Tables), cancellationToken);
        var copy = new PsqlCopy(options.Psql, database.ConnectionString);
        var runs = new List<BaselineRun>();
        foreach (var input in inputs)
        {
            var elapsed = await copy.RunAsync(input.Tables, cancellationToken);
            runs.Add(new BaselineRun(input.Kind, input.Rows, input.Tables.Count, elapsed.TotalSeconds));
            Log(string.Create(CultureInfo.InvariantCulture, $"copy {input.Kind}: {input.Rows:N0} rows in {elapsed.TotalSeconds:F2} s"));
        }

        await BaselineDatabase.CheckCountsAsync(database.ConnectionString, inputs.SelectMany(i => i.Tables), cancellationToken);
        return runs;
    }

    private StageResult Logged(StageResult result)
    {
        foreach (var step in result.Steps)
        {
            Log(string.Create(CultureInfo.InvariantCulture,
                $"{step.Name}: {step.Rows:N0} rows in {step.Seconds:F2} s, peak {step.Memory.PeakWorkingSetBytes / 1e6:N0} MB"));
        }

        return result;
    }

    private void Log(string line)
    {
        output.WriteLine(line);
        output.Flush();
    }
}

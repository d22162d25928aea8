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
/// reconcile, weekly delta), each on a database of its own; then the report on stdout and as JSON. A product stage
/// that fails is reported with its error, and the stages that need it are reported as not run.
/// </summary>
internal sealed class BenchmarkRunner(BenchmarkOptions options, TextWriter output, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    public async Task<BenchmarkReport?> RunAsync(CancellationToken cancellationToken)
    {
        if (options.DeltaFrom is { } reconciled)
        {
            await DeltaOnlyAsync(reconciled, cancellationToken);
            return null;
        }

        if (options.SyncFrom is { } synced)
        {
            await SyncOnlyAsync(synced, cancellationToken);
            return null;
        }

        var startedAt = clock.GetUtcNow();
        var watch = Stopwatch.StartNew();
        var server = options.Server ?? await RegisterConnection.ResolveAsync(cancellationToken);
        var machine = await MachineInfo.CollectAsync(server, cancellationToken);
        var revision = await ProductRevision.ReadAsync(cancellationToken);
        var dataSet = NationalDataSet.Ensure(options, output, cancellationToken);
        var rod = dataSet.Kinds.FirstOrDefault(k => k.Kind == SourceKind.RodBatch)
            ?? throw new BenchmarkException("the data set has no ROD batch");
        var delta = WeeklyDelta.Write(rod, Path.Combine(options.WorkFolder, "delta"), options.Pupils, options.AsOf);

        Log("baseline: plain intermediates of every file kind (untimed; reused when present)");
        var inputs = dataSet.Kinds.Select(k => BaselineConverter.Ensure(k, Path.Combine(options.WorkFolder, "baseline"), cancellationToken)).ToList();
        var (plain, indexed) = await RunBaselineAsync(server, inputs, cancellationToken);

        StageResult ingest, reconcile, deltaResult;
        await using (var register = await BenchmarkDatabase.CreateAsync(server, "tz_bench_register", cancellationToken))
        {
            if (options.KeepDatabases)
            {
                register.Keep = true;
                Log($"keeping the register database {register.Name} (--keep-databases): drop it yourself");
            }

            await RegisterDatabase.MigrateAsync(register.ConnectionString, cancellationToken);
            var stages = new StageRunner(options.InProcess, options.WorkFolder, options.HeapLimitBytes);
            var request = new StageRequest(StageCommand.Ingest, register.ConnectionString, options.AsOf, DataSetFolder: dataSet.Folder);
            ingest = Logged(await stages.RunAsync(request, cancellationToken));
            reconcile = ingest.Failed
                ? StageResult.NotRun(StageCommand.Reconcile, "the ingest failed")
                : Logged(await stages.RunAsync(request with { Stage = StageCommand.Reconcile }, cancellationToken));
            if (options.KeepDatabases && !reconcile.Failed)
            {
                await using var copy = await BenchmarkDatabase.CreateAsync(server, "tz_bench_reconciled", cancellationToken, register.Name);
                copy.Keep = true;
                Log($"kept the register as the full reconcile left it as {copy.Name}: --delta-from {copy.Name} measures the delta on a copy of it");
            }

            deltaResult = reconcile.Failed
                ? StageResult.NotRun(StageCommand.Delta, "the full reconcile failed (an incremental run needs a reconciled register)")
                : Logged(await stages.RunAsync(request with { Stage = StageCommand.Delta, DeltaPath = delta.Path }, cancellationToken));
        }

        var (figures, targets) = ReportBuilder.Build(plain, indexed, ingest, reconcile, deltaResult);
        var report = new BenchmarkReport(
            startedAt, watch.Elapsed.TotalSeconds, options.AsOf, revision, machine, dataSet,
            new DeltaSummary(Path.GetFileName(delta.Path), delta.BatchNumber, delta.TouchedPgns.Count, delta.EndedEnrolments, delta.NewReports),
            !options.InProcess, options.HeapLimitMegabytes, figures, targets, MachineInfo.ReadLoadAverage());
        ReportTable.Print(output, report);
        Directory.CreateDirectory(Path.GetDirectoryName(options.ResultPath)!);
        await File.WriteAllTextAsync(options.ResultPath, JsonSerializer.Serialize(report, Json), cancellationToken);
        Log($"wrote {options.ResultPath}");
        return report;
    }

    /// <summary>
    /// The weekly delta alone, on a copy of <paramref name="reconciled"/> (a register as the full reconcile left it, which
    /// <c>--keep-databases</c> keeps): its steps and the target, on stdout and as JSON.
    /// </summary>
    private async Task DeltaOnlyAsync(string reconciled, CancellationToken cancellationToken)
    {
        var server = options.Server ?? await RegisterConnection.ResolveAsync(cancellationToken);
        var dataSet = NationalDataSet.Ensure(options, output, cancellationToken);
        var rod = dataSet.Kinds.FirstOrDefault(k => k.Kind == SourceKind.RodBatch)
            ?? throw new BenchmarkException("the data set has no ROD batch");
        var delta = WeeklyDelta.Write(rod, Path.Combine(options.WorkFolder, "delta"), options.Pupils, options.AsOf);
        StageResult result;
        await using (var register = await BenchmarkDatabase.CreateAsync(server, "tz_bench_register", cancellationToken, reconciled))
        {
            Log($"delta on {register.Name}, a copy of {reconciled} (dropped afterwards)");
            await RegisterDatabase.MigrateAsync(register.ConnectionString, cancellationToken);
            if (options.Prewarm)
            {
                await PrewarmAsync(register.ConnectionString, cancellationToken);
            }
            var stages = new StageRunner(options.InProcess, options.WorkFolder, options.HeapLimitBytes);
            var request = new StageRequest(StageCommand.Delta, register.ConnectionString, options.AsOf, DataSetFolder: dataSet.Folder, DeltaPath: delta.Path);
            result = Logged(await stages.RunAsync(request, cancellationToken));
        }

        var seconds = result.Steps.Where(s => !s.Overlapping).Sum(s => s.Seconds);
        Log(result.Failed
            ? $"delta: {result.Error}"
            : string.Create(CultureInfo.InvariantCulture,
                $"delta total: {seconds:F2} s (target <= {ReportBuilder.DeltaTargetSeconds} s: {(seconds <= ReportBuilder.DeltaTargetSeconds ? "met" : "MISSED")}), on a copy of {reconciled}"));
        if (result.Steps.FirstOrDefault(s => s.Name == DeltaStage.InFeed) is { } inFeed)
        {
            Log(string.Create(CultureInfo.InvariantCulture,
                $"delta in feed: {inFeed.Seconds:F2} s after the delivery began (target <= {ReportBuilder.DeltaInFeedTargetSeconds} s: {(inFeed.Seconds <= ReportBuilder.DeltaInFeedTargetSeconds ? "met" : "MISSED")})"));
        }
        Directory.CreateDirectory(Path.GetDirectoryName(options.ResultPath)!);
        await File.WriteAllTextAsync(options.ResultPath, JsonSerializer.Serialize(result, Json), cancellationToken);
        Log($"wrote {options.ResultPath}");
    }

    /// <summary>
    /// The weekly delta dropped into a folder that a gateway process syncs (<see cref="SyncDropStage"/>), on a copy of
    /// <paramref name="reconciled"/>: from the file's arrival until it is reconciled (target 10 s, issue 13) and in the feed.
    /// </summary>
    private async Task SyncOnlyAsync(string reconciled, CancellationToken cancellationToken)
    {
        var server = options.Server ?? await RegisterConnection.ResolveAsync(cancellationToken);
        var dataSet = NationalDataSet.Ensure(options, output, cancellationToken);
        var rod = dataSet.Kinds.FirstOrDefault(k => k.Kind == SourceKind.RodBatch)
            ?? throw new BenchmarkException("the data set has no ROD batch");
        var delta = WeeklyDelta.Write(rod, Path.Combine(options.WorkFolder, "delta"), options.Pupils, options.AsOf);
        IReadOnlyList<StageStep> steps;
        await using (var register = await BenchmarkDatabase.CreateAsync(server, "tz_bench_register", cancellationToken, reconciled))
        {
            Log($"sync on {register.Name}, a copy of {reconciled} (dropped afterwards); schedule '{options.SyncSchedule}', poll {options.SyncPoll}");
            await RegisterDatabase.MigrateAsync(register.ConnectionString, cancellationToken);
            if (options.Prewarm)
            {
                await PrewarmAsync(register.ConnectionString, cancellationToken);
            }
            steps = await SyncDropStage.RunAsync(register.ConnectionString, delta.Path, options.AsOf, options.SyncSchedule, options.SyncPoll, options.WorkFolder, output, cancellationToken);
        }

        foreach (var step in steps)
        {
            var parts = step.Parts is null ? "" : " (" + string.Join(", ", step.Parts.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key} {p.Value:F2} s"))) + ")";
            Log(string.Create(CultureInfo.InvariantCulture, $"{step.Name}: {step.Seconds:F2} s after the file arrived{parts}"));
        }

        var applied = steps[0].Seconds;
        Log(string.Create(CultureInfo.InvariantCulture,
            $"sync drop: reconciled {applied:F2} s after its arrival (target <= {ReportBuilder.SyncDropTargetSeconds} s: {(applied <= ReportBuilder.SyncDropTargetSeconds ? "met" : "MISSED")})"));
        Directory.CreateDirectory(Path.GetDirectoryName(options.ResultPath)!);
        await File.WriteAllTextAsync(options.ResultPath, JsonSerializer.Serialize(steps, Json), cancellationToken);
        Log($"wrote {options.ResultPath}");
    }

    /// <summary>
    /// Loads every table and index of the copy into shared buffers (<c>pg_prewarm</c>), untimed: a fresh copy is read from
    /// disk page by page (today 25,000 reads a second, most of a delta's time), while a live register that is reconciled
    /// and served every day sits in memory (it is smaller than <c>shared_buffers</c>).
    /// </summary>
    private async Task PrewarmAsync(string connectionString, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        await using var connection = new Npgsql.NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using (var installed = new Npgsql.NpgsqlCommand("SELECT count(*) FROM pg_extension WHERE extname = 'pg_prewarm'", connection))
        {
            if ((long)(await installed.ExecuteScalarAsync(cancellationToken))! == 0)
            {
                throw new BenchmarkException("--prewarm needs the extension pg_prewarm in the register (CREATE EXTENSION pg_prewarm, as a superuser, in the kept database)");
            }
        }

        await using var command = new Npgsql.NpgsqlCommand("""
            SELECT coalesce(sum(pg_prewarm(c.oid)), 0)::bigint FROM pg_class c
            WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'i') AND c.relpersistence = 'p'
            """, connection) { CommandTimeout = 0 };
        var pages = (long)(await command.ExecuteScalarAsync(cancellationToken))!;
        Log(string.Create(CultureInfo.InvariantCulture, $"prewarm: {pages:N0} pages of the copy in shared buffers in {watch.Elapsed.TotalSeconds:F1} s (untimed)"));
    }

    /// <summary>\copy of every kind into plain tables (the baseline), then into tables indexed like the register's (a diagnostic).</summary>
    private async Task<(IReadOnlyList<BaselineRun> Plain, IReadOnlyList<BaselineRun> Indexed)> RunBaselineAsync(
        string server, IReadOnlyList<BaselineInput> inputs, CancellationToken cancellationToken)
    {
        await using var database = await BenchmarkDatabase.CreateAsync(server, "tz_bench_baseline", cancellationToken);
        var tables = inputs.SelectMany(i => i.Tables).ToList();
        await BaselineDatabase.CreateTablesAsync(database.ConnectionString, tables, cancellationToken);
        var copy = new PsqlCopy(options.Psql, database.ConnectionString);
        var runs = new Dictionary<string, List<BaselineRun>>(StringComparer.Ordinal);
        foreach (var (prefix, name) in new[] { (BaselineDatabase.Plain, "copy"), (BaselineDatabase.Indexed, "copy+indexes") })
        {
            runs[prefix] = [];
            foreach (var input in inputs)
            {
                var elapsed = await copy.RunAsync(input.Tables, prefix, cancellationToken);
                runs[prefix].Add(new BaselineRun(input.Kind, input.Rows, input.Tables.Count, elapsed.TotalSeconds));
                Log(string.Create(CultureInfo.InvariantCulture, $"{name} {input.Kind}: {input.Rows:N0} rows in {elapsed.TotalSeconds:F2} s"));
            }

            await BaselineDatabase.CheckCountsAsync(database.ConnectionString, prefix, tables, cancellationToken);
        }

        return (runs[BaselineDatabase.Plain], runs[BaselineDatabase.Indexed]);
    }

    private StageResult Logged(StageResult result)
    {
        if (result.Failed)
        {
            Log(string.Create(CultureInfo.InvariantCulture, $"{result.Stage}: {result.Error} ({result.WallSeconds:F1} s)"));
        }

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

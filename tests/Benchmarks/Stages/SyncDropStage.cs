using System.Diagnostics;
using System.Globalization;
using System.Text;
using Npgsql;

namespace Thuiszitters.Benchmarks.Stages;

/// <summary>
/// The weekly <c>P</c> delivery dropped into a drop folder that a real gateway process syncs on its own (Hangfire, a
/// <c>dropFolder</c> source on the given schedule): written as <c>NAME.part</c> and renamed, as senders should, and timed
/// from the rename until the run that applied it has ended (ingest and incremental reconcile committed, the feed's events
/// with them), read from <c>sync_runs</c> every 50 ms. Parts: <c>wait</c> (from the rename until the run started: the
/// schedule's next fire, Hangfire's poll, the file's stability check), <c>run</c> (the run itself as the gateway
/// recorded it), <c>store</c> (the incremental reconcile's store step within the run, from <c>reconciliation_runs</c>, whose
/// row is written when the store begins) and the feed, read as in <see cref="DeltaStage"/>. The gateway's own log lines
/// of the run (sync, ingest, reconciliation: names, counts and times, no personal data) are printed after it.
/// </summary>
internal static class SyncDropStage
{
    public const string Name = "sync drop to reconciled";
    public const string Source = "rod-drop";

    public static async Task<IReadOnlyList<StageStep>> RunAsync(
        string connectionString, string deltaPath, DateOnly asOf, string schedule, string pollInterval, string workFolder, TextWriter log,
        CancellationToken cancellationToken)
    {
        var folder = Path.Combine(workFolder, string.Create(CultureInfo.InvariantCulture, $"sync-{Environment.ProcessId}"));
        var drop = Path.Combine(folder, "drop");
        var archive = Path.Combine(folder, "archive");
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(drop);
        Directory.CreateDirectory(archive);
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        using var gateway = StartGateway(connectionString, drop, archive, asOf, schedule, pollInterval);
        try
        {
            // The gateway is up and its scheduler fires: a scheduled run of the (empty) folder has ended.
            var ready = Stopwatch.StartNew();
            while (await ScalarAsync(dataSource, "SELECT count(*) FROM sync_runs WHERE source = $1 AND trigger = 'schedule' AND finished_at IS NOT NULL", cancellationToken) == 0)
            {
                if (gateway.HasExited || ready.Elapsed > TimeSpan.FromMinutes(5))
                {
                    throw new BenchmarkException($"the gateway did not run its source within 5 minutes (exited: {gateway.HasExited}): {gateway.Tail()}");
                }

                await Task.Delay(200, cancellationToken);
            }

            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"sync: the gateway ran its first scheduled run {ready.Elapsed.TotalSeconds:F1} s after its start"));
            var heads = await DeltaStage.HeadsAsync(dataSource, cancellationToken);
            var name = Path.GetFileName(deltaPath);
            var part = Path.Combine(drop, name + ".part");
            File.Copy(deltaPath, part);
            using var probe = MemoryProbe.Start();
            var arrived = TimeProvider.System.GetUtcNow();
            var delivery = Stopwatch.StartNew();
            File.Move(part, Path.Combine(drop, name));
            (DateTimeOffset Started, DateTimeOffset Finished, string Outcome, long Records)? run = null;
            while (run is null)
            {
                if (gateway.HasExited || delivery.Elapsed > TimeSpan.FromMinutes(10))
                {
                    throw new BenchmarkException($"the dropped delivery was not applied within 10 minutes (exited: {gateway.HasExited}): {gateway.Tail()}");
                }

                await Task.Delay(50, cancellationToken);
                run = await AppliedRunAsync(dataSource, name, cancellationToken);
            }

            var seen = delivery.Elapsed;
            var (started, finished, outcome, records) = run.Value;
            if (outcome != "SUCCEEDED")
            {
                throw new BenchmarkException($"the run that took the dropped delivery ended {outcome}");
            }

            var parts = new Dictionary<string, double>(StringComparer.Ordinal)
            {
                ["wait"] = (started - arrived).TotalSeconds,
                ["run"] = (finished - started).TotalSeconds,
                ["store"] = await LastStoreSecondsAsync(dataSource, cancellationToken),
            };
            var counts = new Dictionary<string, long>(StringComparer.Ordinal) { ["records"] = records };
            var step = new StageStep(Name, records, 1, seen.TotalSeconds, probe.Stop(), parts, counts);
            var inFeed = await DeltaStage.ReadFeedAsync(dataSource, heads, delivery, cancellationToken);
            foreach (var line in gateway.Lines().Where(l => l.Contains(name, StringComparison.Ordinal) || l.Contains("econcil", StringComparison.Ordinal)).TakeLast(20))
            {
                log.WriteLine("  gateway: " + line.Trim());
            }

            return [step, inFeed with { Name = "sync drop in feed" }];
        }
        finally
        {
            gateway.Stop();
        }
    }

    private static async Task<(DateTimeOffset, DateTimeOffset, string, long)?> AppliedRunAsync(NpgsqlDataSource dataSource, string fileName, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT r.started_at, r.finished_at, r.outcome, r.records_applied FROM sync_runs r
            WHERE r.finished_at IS NOT NULL AND EXISTS (SELECT 1 FROM sync_files f WHERE f.run_id = r.id AND f.file_name = $1)
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = fileName });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? (reader.GetFieldValue<DateTimeOffset>(0), reader.GetFieldValue<DateTimeOffset>(1), reader.GetString(2), reader.GetInt64(3))
            : null;
    }

    /// <summary>The store step of the latest reconciliation, as <c>reconciliation_runs</c> holds it.</summary>
    private static async Task<double> LastStoreSecondsAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT extract(epoch FROM finished_at - started_at)::float8 FROM reconciliation_runs WHERE finished_at IS NOT NULL ORDER BY id DESC LIMIT 1");
        return (double)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private static async Task<long> ScalarAsync(NpgsqlDataSource dataSource, string sql, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(sql);
        command.Parameters.Add(new NpgsqlParameter { Value = Source });
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    private static GatewayChild StartGateway(string connectionString, string drop, string archive, DateOnly asOf, string schedule, string pollInterval)
    {
        var assembly = Path.Combine(AppContext.BaseDirectory, "Thuiszitters.Gateway.dll");
        if (!File.Exists(Path.ChangeExtension(assembly, ".runtimeconfig.json")))
        {
            throw new BenchmarkException($"the gateway is not next to the benchmark ({assembly})");
        }

        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(assembly);
        var environment = new Dictionary<string, string>
        {
            ["ConnectionStrings__Register"] = connectionString,
            ["ASPNETCORE_URLS"] = "http://127.0.0.1:0",
            ["ASPNETCORE_ENVIRONMENT"] = "Benchmark",
            ["Logging__LogLevel__Default"] = "Warning",
            ["Logging__LogLevel__Thuiszitters"] = "Information",
            ["Sources__0__Name"] = Source,
            ["Sources__0__Kind"] = "dropFolder",
            ["Sources__0__Schedule"] = schedule,
            ["Sources__0__Folder"] = drop,
            ["Sources__0__ArchiveFolder"] = archive,
            ["Sync__PollInterval"] = pollInterval,
            ["Sync__AsOf"] = asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        return new GatewayChild(Process.Start(start) ?? throw new BenchmarkException("could not start the gateway"));
    }

    /// <summary>The gateway's process and the tail of what it printed.</summary>
    private sealed class GatewayChild : IDisposable
    {
        private readonly Process process;
        private readonly StringBuilder output = new();

        public GatewayChild(Process process)
        {
            this.process = process;
            process.OutputDataReceived += (_, e) => Append(e.Data);
            process.ErrorDataReceived += (_, e) => Append(e.Data);
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
        }

        public bool HasExited => process.HasExited;

        public string Tail()
        {
            lock (output)
            {
                var text = output.ToString().ReplaceLineEndings(" ");
                return text.Length > 800 ? "..." + text[^800..] : text;
            }
        }

        public string[] Lines()
        {
            lock (output)
            {
                return output.ToString().Split('\n');
            }
        }

        public void Stop()
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(10_000);
            }
        }

        public void Dispose() => process.Dispose();

        private void Append(string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (output)
            {
                output.AppendLine(line);
            }
        }
    }
}

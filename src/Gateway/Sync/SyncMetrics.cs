using System.Globalization;
using System.Text;
using Hangfire;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Thuiszitters.Gateway.Sync;

/// <summary>
/// The sync's metrics in Prometheus text format, read from <c>sync_runs</c> and <c>sync_sources</c> (so every process
/// says the same, counting the runs within retention) and Hangfire's queue. Labels are source names, outcomes and fixed
/// words only: no BSN, name or pgn can reach them.
/// </summary>
internal sealed class SyncMetrics(NpgsqlDataSource dataSource, IOptions<SourcesOptions> sources, IServiceProvider services)
{
    private static readonly double[] Buckets = [1, 5, 10, 30, 60, 300, 900, 3600];

    public async Task WriteAsync(StringBuilder text, CancellationToken cancellationToken)
    {
        await using var batch = dataSource.CreateBatch();
        var buckets = string.Join(", ", Buckets.Select(b => string.Create(CultureInfo.InvariantCulture, $"count(*) FILTER (WHERE finished_at - started_at <= interval '{b} seconds')")));
        batch.BatchCommands.Add(new NpgsqlBatchCommand($"""
            SELECT source, outcome, count(*), coalesce(sum(extract(epoch FROM finished_at - started_at)), 0)::float8,
                   sum(records_read)::bigint, sum(records_applied)::bigint, sum(records_quarantined)::bigint, sum(files)::bigint, sum(files_refused)::bigint,
                   array[{buckets}]::bigint[]
            FROM sync_runs GROUP BY source, outcome ORDER BY source, outcome
            """));
        batch.BatchCommands.Add(new NpgsqlBatchCommand("SELECT name, paused, failing_streak, extract(epoch FROM last_success_at)::float8 FROM sync_sources ORDER BY name"));
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        var runs = new List<(string Source, string Outcome, long Count, double Seconds, long Read, long Applied, long Quarantined, long Files, long Refused, long[] Buckets)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            runs.Add((reader.GetString(0), reader.GetString(1), reader.GetInt64(2), reader.GetDouble(3), reader.GetInt64(4), reader.GetInt64(5),
                reader.GetInt64(6), reader.GetInt64(7), reader.GetInt64(8), reader.GetFieldValue<long[]>(9)));
        }

        await reader.NextResultAsync(cancellationToken);
        var states = new List<(string Name, bool Paused, int Streak, double? LastSuccess)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            states.Add((reader.GetString(0), reader.GetBoolean(1), reader.GetInt32(2), reader.IsDBNull(3) ? null : reader.GetDouble(3)));
        }

        Family(text, "tz_sync_runs_total", "counter", "Sync runs by source and outcome (runs within retention).");
        foreach (var r in runs)
        {
            Sample(text, "tz_sync_runs_total", [("source", r.Source), ("outcome", r.Outcome)], r.Count);
        }

        Family(text, "tz_sync_run_duration_seconds", "histogram", "Duration of ended sync runs.");
        foreach (var bySource in runs.Where(r => r.Outcome is not SyncOutcomes.Running).GroupBy(r => r.Source))
        {
            for (var i = 0; i < Buckets.Length; i++)
            {
                Sample(text, "tz_sync_run_duration_seconds_bucket", [("source", bySource.Key), ("le", Buckets[i].ToString(CultureInfo.InvariantCulture))], bySource.Sum(r => r.Buckets[i]));
            }

            Sample(text, "tz_sync_run_duration_seconds_bucket", [("source", bySource.Key), ("le", "+Inf")], bySource.Sum(r => r.Count));
            Sample(text, "tz_sync_run_duration_seconds_sum", [("source", bySource.Key)], bySource.Sum(r => r.Seconds));
            Sample(text, "tz_sync_run_duration_seconds_count", [("source", bySource.Key)], bySource.Sum(r => r.Count));
        }

        Family(text, "tz_sync_records_total", "counter", "Records the sync runs read, applied and quarantined, by source.");
        foreach (var bySource in runs.GroupBy(r => r.Source))
        {
            Sample(text, "tz_sync_records_total", [("source", bySource.Key), ("state", "read")], bySource.Sum(r => r.Read));
            Sample(text, "tz_sync_records_total", [("source", bySource.Key), ("state", "applied")], bySource.Sum(r => r.Applied));
            Sample(text, "tz_sync_records_total", [("source", bySource.Key), ("state", "quarantined")], bySource.Sum(r => r.Quarantined));
        }

        Family(text, "tz_sync_files_total", "counter", "Files the sync runs handled, by source and whether they were refused.");
        foreach (var bySource in runs.GroupBy(r => r.Source))
        {
            Sample(text, "tz_sync_files_total", [("source", bySource.Key), ("refused", "false")], bySource.Sum(r => r.Files - r.Refused));
            Sample(text, "tz_sync_files_total", [("source", bySource.Key), ("refused", "true")], bySource.Sum(r => r.Refused));
        }

        Family(text, "tz_sync_source_paused", "gauge", "1 when the source paused (itself, or by a person).");
        Family(text, "tz_sync_source_failing_streak", "gauge", "Failed runs in a row.");
        Family(text, "tz_sync_source_last_success_timestamp_seconds", "gauge", "When the source last ran without failing (Unix time).");
        var configured = sources.Value.Items.Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var s in states.Where(s => configured.Contains(s.Name)))
        {
            Sample(text, "tz_sync_source_paused", [("source", s.Name)], s.Paused ? 1 : 0);
            Sample(text, "tz_sync_source_failing_streak", [("source", s.Name)], s.Streak);
            if (s.LastSuccess is { } at)
            {
                Sample(text, "tz_sync_source_last_success_timestamp_seconds", [("source", s.Name)], at);
            }
        }

        if (configured.Count > 0)
        {
            var monitoring = services.GetRequiredService<JobStorage>().GetMonitoringApi();
            Family(text, "tz_sync_queue_length", "gauge", "Hangfire jobs waiting in the queue.");
            Sample(text, "tz_sync_queue_length", [("queue", "default")], monitoring.EnqueuedCount("default"));
            Family(text, "tz_sync_jobs_processing", "gauge", "Hangfire jobs running now.");
            Sample(text, "tz_sync_jobs_processing", [], monitoring.ProcessingCount());
        }
    }

    private static void Family(StringBuilder text, string name, string type, string help) =>
        text.Append("# HELP ").Append(name).Append(' ').Append(help).Append('\n').Append("# TYPE ").Append(name).Append(' ').Append(type).Append('\n');

    private static void Sample(StringBuilder text, string name, (string Name, string Value)[] labels, double value)
    {
        text.Append(name);
        if (labels.Length > 0)
        {
            text.Append('{').AppendJoin(',', labels.Select(l => $"{l.Name}=\"{Escape(l.Value)}\"")).Append('}');
        }

        text.Append(' ').Append(value.ToString("R", CultureInfo.InvariantCulture)).Append('\n');
    }

    private static string Escape(string value) => value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
}

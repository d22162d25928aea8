using System.Globalization;
using Npgsql;
using Thuiszitters.Gateway.Sync.Api;

namespace Thuiszitters.Gateway.Sync;

/// <summary>The reads behind the sync API and pages: runs by filter and page, a run's files and quarantined records, daily figures.</summary>
internal sealed class SyncQueries(NpgsqlDataSource dataSource)
{
    private const string RunColumns = """
        r.id, r.source, r.node, r.trigger, r.job_id, r.started_at, r.finished_at, r.outcome, r.files_total, r.files, r.records_read,
        r.records_applied, r.records_quarantined, r.files_refused, r.persons_changed, r.conflicts_opened, r.conflicts_resolved, r.attempts, r.error
        """;

    private const string FileColumns = """
        f.id, f.run_id, f.source, f.file_name, f.size, f.delivery_id, f.outcome, f.reason, f.error_line, f.error_field, f.records,
        f.quarantined, f.handled_at, f.applied_again_at
        """;

    public async Task<SyncRunPage> RunsAsync(RunFilter filter, int page, int pageSize, CancellationToken cancellationToken)
    {
        var (where, parameters) = filter.Sql();
        await using var batch = dataSource.CreateBatch();
        var count = new NpgsqlBatchCommand($"SELECT count(*) FROM sync_runs r WHERE {where}");
        var items = new NpgsqlBatchCommand($"SELECT {RunColumns} FROM sync_runs r WHERE {where} ORDER BY r.started_at DESC, r.id DESC LIMIT {pageSize} OFFSET {(long)(page - 1) * pageSize}");
        foreach (var value in parameters)
        {
            count.Parameters.Add(new NpgsqlParameter { Value = value });
            items.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        batch.BatchCommands.Add(count);
        batch.BatchCommands.Add(items);
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var total = reader.GetInt64(0);
        await reader.NextResultAsync(cancellationToken);
        var runs = new List<SyncRunInfo>();
        while (await reader.ReadAsync(cancellationToken))
        {
            runs.Add(ReadRun(reader));
        }

        return new SyncRunPage(runs, total, page, pageSize);
    }

    public async Task<SyncRunInfo?> RunAsync(long id, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"SELECT {RunColumns} FROM sync_runs r WHERE r.id = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = id });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? ReadRun(reader) : null;
    }

    /// <summary>Per source: the latest run that ended (skipped runs aside), and the latest still going.</summary>
    public async Task<Dictionary<string, (SyncRunInfo? Last, SyncRunInfo? Running)>> LatestRunsAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"""
            SELECT DISTINCT ON (r.source, r.outcome = 'RUNNING') r.outcome = 'RUNNING', {RunColumns}
            FROM sync_runs r WHERE r.outcome <> 'SKIPPED'
            ORDER BY r.source, r.outcome = 'RUNNING', r.started_at DESC, r.id DESC
            """);
        var latest = new Dictionary<string, (SyncRunInfo? Last, SyncRunInfo? Running)>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var running = reader.GetBoolean(0);
            var run = ReadRun(reader, 1);
            var (last, going) = latest.GetValueOrDefault(run.Source);
            latest[run.Source] = running ? (last, run) : (run, going);
        }

        return latest;
    }

    public async Task<Dictionary<string, Entities.SyncSourceRow>> SourceStatesAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT name, failing_streak, paused, paused_at, paused_reason, last_success_at, resumed_at, resumed_by FROM sync_sources");
        var states = new Dictionary<string, Entities.SyncSourceRow>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            states[reader.GetString(0)] = new Entities.SyncSourceRow
            {
                Name = reader.GetString(0),
                FailingStreak = reader.GetInt32(1),
                Paused = reader.GetBoolean(2),
                PausedAt = reader.IsDBNull(3) ? null : reader.GetFieldValue<DateTimeOffset>(3),
                PausedReason = reader.IsDBNull(4) ? null : reader.GetString(4),
                LastSuccessAt = reader.IsDBNull(5) ? null : reader.GetFieldValue<DateTimeOffset>(5),
                ResumedAt = reader.IsDBNull(6) ? null : reader.GetFieldValue<DateTimeOffset>(6),
                ResumedBy = reader.IsDBNull(7) ? null : reader.GetString(7),
            };
        }

        return states;
    }

    /// <summary>The files of a run, or the refused files of every run (of one source), newest first.</summary>
    public async Task<IReadOnlyList<SyncFileInfo>> FilesAsync(long? runId, string? source, bool refusedOnly, int limit, CancellationToken cancellationToken)
    {
        var conditions = new List<string> { "true" };
        var parameters = new List<object>();
        if (runId is { } run)
        {
            parameters.Add(run);
            conditions.Add(string.Create(CultureInfo.InvariantCulture, $"f.run_id = ${parameters.Count}"));
        }

        if (source is not null)
        {
            parameters.Add(source);
            conditions.Add(string.Create(CultureInfo.InvariantCulture, $"f.source = ${parameters.Count}"));
        }

        if (refusedOnly)
        {
            conditions.Add("f.outcome IN ('REJECTED', 'BATCH_GAP')");
        }

        await using var command = dataSource.CreateCommand(
            $"SELECT {FileColumns} FROM sync_files f WHERE {string.Join(" AND ", conditions)} ORDER BY f.handled_at DESC, f.id DESC LIMIT {limit}");
        foreach (var value in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        var files = new List<SyncFileInfo>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            files.Add(ReadFile(reader));
        }

        return files;
    }

    public async Task<(SyncFileInfo File, string? ArchivePath, string Sha256)?> FileAsync(long id, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"SELECT {FileColumns}, f.archive_path, f.sha256 FROM sync_files f WHERE f.id = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = id });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? (ReadFile(reader), reader.IsDBNull(14) ? null : reader.GetString(14), reader.GetString(15))
            : null;
    }

    /// <summary>The records quarantined by the deliveries of a run's files (or of one file): where and why only.</summary>
    public async Task<IReadOnlyList<QuarantinedInfo>> QuarantinedAsync(long? runId, string? source, int limit, CancellationToken cancellationToken)
    {
        var condition = runId is null ? (source is null ? "true" : "f.source = $1") : "f.run_id = $1";
        await using var command = dataSource.CreateCommand($"""
            SELECT q.id, f.id, f.run_id, q.file_name, q.line, q.field, q.reason
            FROM sync_files f JOIN quarantined_records q ON q.delivery_id = f.delivery_id
            WHERE f.outcome = 'APPLIED' AND {condition}
            ORDER BY f.handled_at DESC, q.line LIMIT {limit}
            """);
        if (runId is not null || source is not null)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = (object?)runId ?? source });
        }

        var records = new List<QuarantinedInfo>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            records.Add(new QuarantinedInfo(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetString(3), reader.GetInt64(4), reader.GetString(5), reader.GetString(6)));
        }

        return records;
    }

    /// <summary>The refused file's bytes as the register kept them (<c>rejected_files</c>), when it did.</summary>
    public async Task<byte[]?> RejectedContentAsync(long deliveryId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT content FROM rejected_files WHERE delivery_id = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = deliveryId });
        return await command.ExecuteScalarAsync(cancellationToken) as byte[];
    }

    public async Task<IReadOnlyList<SyncDayStats>> DaysAsync(DateTimeOffset from, string timeZone, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT (r.started_at AT TIME ZONE $2)::date, r.outcome, count(*)::int,
                   coalesce(avg(extract(epoch FROM r.finished_at - r.started_at)), 0)::float8,
                   coalesce(max(extract(epoch FROM r.finished_at - r.started_at)), 0)::float8,
                   sum(r.records_read)::bigint, sum(r.records_applied)::bigint, sum(r.records_quarantined)::bigint
            FROM sync_runs r WHERE r.started_at >= $1 AND r.outcome NOT IN ('RUNNING', 'SKIPPED')
            GROUP BY 1, 2 ORDER BY 1, 2
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = from.ToUniversalTime() });
        command.Parameters.Add(new NpgsqlParameter { Value = timeZone });
        var days = new List<SyncDayStats>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            days.Add(new SyncDayStats(
                DateOnly.FromDateTime(reader.GetDateTime(0)), reader.GetString(1), reader.GetInt32(2), reader.GetDouble(3), reader.GetDouble(4),
                reader.GetInt64(5), reader.GetInt64(6), reader.GetInt64(7)));
        }

        return days;
    }

    private static SyncRunInfo ReadRun(NpgsqlDataReader r, int o = 0)
    {
        var started = r.GetFieldValue<DateTimeOffset>(o + 5);
        DateTimeOffset? finished = r.IsDBNull(o + 6) ? null : r.GetFieldValue<DateTimeOffset>(o + 6);
        return new SyncRunInfo(
            r.GetInt64(o), r.GetString(o + 1), r.GetString(o + 2), r.GetString(o + 3), r.IsDBNull(o + 4) ? null : r.GetString(o + 4),
            started, finished, finished is { } end ? Math.Round((end - started).TotalSeconds, 3) : null, r.GetString(o + 7),
            r.GetInt32(o + 8), r.GetInt32(o + 9), r.GetInt64(o + 10), r.GetInt64(o + 11), r.GetInt64(o + 12), r.GetInt32(o + 13),
            r.GetInt32(o + 14), r.GetInt32(o + 15), r.GetInt32(o + 16), r.GetInt32(o + 17), r.IsDBNull(o + 18) ? null : r.GetString(o + 18));
    }

    private static SyncFileInfo ReadFile(NpgsqlDataReader r)
    {
        var outcome = r.GetString(6);
        return new SyncFileInfo(
            r.GetInt64(0), r.GetInt64(1), r.GetString(2), r.GetString(3), r.GetInt64(4), r.IsDBNull(5) ? null : r.GetInt64(5), outcome,
            r.IsDBNull(7) ? null : r.GetString(7), r.IsDBNull(8) ? null : r.GetInt64(8), r.IsDBNull(9) ? null : r.GetString(9),
            r.GetInt64(10), r.GetInt64(11), SyncRunContext.IsRefusal(outcome), r.GetFieldValue<DateTimeOffset>(12),
            r.IsDBNull(13) ? null : r.GetFieldValue<DateTimeOffset>(13));
    }
}

using Npgsql;
using Thuiszitters.Gateway.Sync.Entities;

namespace Thuiszitters.Gateway.Sync;

/// <summary>The SQL of the run history and the sources' state (<c>sync_runs</c>, <c>sync_files</c>, <c>sync_sources</c>).</summary>
internal sealed class SyncRunStore(NpgsqlDataSource dataSource)
{
    public async Task EnsureSourcesAsync(IEnumerable<string> names, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "INSERT INTO sync_sources (name, failing_streak, paused) SELECT n, 0, false FROM unnest($1::text[]) AS n ON CONFLICT (name) DO NOTHING");
        command.Parameters.Add(new NpgsqlParameter { Value = names.ToArray() });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<bool> IsPausedAsync(string source, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT paused FROM sync_sources WHERE name = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = source });
        return await command.ExecuteScalarAsync(cancellationToken) is true;
    }

    public async Task<long> BeginAsync(string source, string node, string trigger, string? jobId, string outcome, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            INSERT INTO sync_runs (source, node, trigger, job_id, started_at, finished_at, outcome, files_total, files, records_read, records_applied,
                                   records_quarantined, files_refused, persons_changed, conflicts_opened, conflicts_resolved, attempts)
            VALUES ($1, $2, $3, $4, $5, CASE WHEN $6 = 'RUNNING' THEN NULL ELSE $5 END, $6, 0, 0, 0, 0, 0, 0, 0, 0, 0, CASE WHEN $6 = 'RUNNING' THEN 1 ELSE 0 END)
            RETURNING id
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = source });
        command.Parameters.Add(new NpgsqlParameter { Value = node });
        command.Parameters.Add(new NpgsqlParameter { Value = trigger });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)jobId ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = now });
        command.Parameters.Add(new NpgsqlParameter { Value = outcome });
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>Runs of <paramref name="source"/> still RUNNING while the caller holds its lock: their process died.</summary>
    public async Task AbandonStaleAsync(string source, long currentRun, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            UPDATE sync_runs SET outcome = 'ABANDONED', finished_at = $3, error = 'the process running it stopped before the run ended'
            WHERE source = $1 AND id <> $2 AND outcome = 'RUNNING'
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = source });
        command.Parameters.Add(new NpgsqlParameter { Value = currentRun });
        command.Parameters.Add(new NpgsqlParameter { Value = now });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Writes the run's counts so far (progress, attempts) while it is RUNNING.</summary>
    public async Task UpdateAsync(SyncRunContext run, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"UPDATE sync_runs SET {CountsSet} WHERE id = $1");
        AddCounts(command, run);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task AddFileAsync(SyncFileRow file, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            INSERT INTO sync_files (run_id, source, file_name, sha256, size, delivery_id, outcome, reason, error_line, error_field, records, quarantined, archive_path, handled_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
            """);
        object?[] values =
        [
            file.RunId, file.Source, file.FileName, file.Sha256, file.Size, file.DeliveryId, file.Outcome, file.Reason, file.ErrorLine,
            file.ErrorField, file.Records, file.Quarantined, file.ArchivePath, file.HandledAt,
        ];
        foreach (var value in values)
        {
            command.Parameters.Add(value is null ? new NpgsqlParameter { Value = DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Unknown } : new NpgsqlParameter { Value = value });
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// Ends the run and moves the source's failing streak: a failed run adds one, and pauses the source at
    /// <paramref name="pauseAfter"/>; any other outcome sets it to 0 and is the source's last success. Returns the streak
    /// and whether this run paused the source.
    /// </summary>
    public async Task<(int Streak, bool PausedNow)> FinishAsync(
        SyncRunContext run, string outcome, string? error, DateTimeOffset now, int pauseAfter, CancellationToken cancellationToken)
    {
        await using var batch = dataSource.CreateBatch();
        var finish = new NpgsqlBatchCommand($"UPDATE sync_runs SET {CountsSet}, outcome = $12, error = $13, finished_at = $14 WHERE id = $1");
        AddCounts(finish, run);
        finish.Parameters.Add(new NpgsqlParameter { Value = outcome });
        finish.Parameters.Add(new NpgsqlParameter { Value = (object?)error ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        finish.Parameters.Add(new NpgsqlParameter { Value = now });
        batch.BatchCommands.Add(finish);
        var failed = outcome == SyncOutcomes.Failed;
        var state = new NpgsqlBatchCommand("""
            UPDATE sync_sources s SET
              failing_streak = CASE WHEN $2 THEN s.failing_streak + 1 ELSE 0 END,
              last_success_at = CASE WHEN $2 THEN s.last_success_at ELSE $3 END,
              paused = s.paused OR ($2 AND s.failing_streak + 1 >= $4),
              paused_at = CASE WHEN NOT s.paused AND $2 AND s.failing_streak + 1 >= $4 THEN $3 ELSE s.paused_at END,
              paused_reason = CASE WHEN NOT s.paused AND $2 AND s.failing_streak + 1 >= $4
                                   THEN (s.failing_streak + 1)::text || ' mislukte runs na elkaar' ELSE s.paused_reason END
            FROM sync_sources old WHERE s.name = $1 AND old.name = s.name
            RETURNING s.failing_streak, s.paused AND NOT old.paused
            """);
        state.Parameters.Add(new NpgsqlParameter { Value = run.Source });
        state.Parameters.Add(new NpgsqlParameter { Value = failed });
        state.Parameters.Add(new NpgsqlParameter { Value = now });
        state.Parameters.Add(new NpgsqlParameter { Value = pauseAfter });
        batch.BatchCommands.Add(state);
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        await reader.NextResultAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? (reader.GetInt32(0), reader.GetBoolean(1)) : (0, false);
    }

    /// <summary>Pauses or resumes a source; false when it is not known.</summary>
    public async Task<bool> SetPausedAsync(string source, bool paused, string who, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(paused
            ? "UPDATE sync_sources SET paused = true, paused_at = $2, paused_reason = 'gepauzeerd door ' || $3 WHERE name = $1"
            : "UPDATE sync_sources SET paused = false, failing_streak = 0, resumed_at = $2, resumed_by = $3 WHERE name = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = source });
        command.Parameters.Add(new NpgsqlParameter { Value = now });
        command.Parameters.Add(new NpgsqlParameter { Value = who });
        return await command.ExecuteNonQueryAsync(cancellationToken) > 0;
    }

    /// <summary>The conflict events so far: a run's opened and resolved conflicts are those after it.</summary>
    public async Task<long> LastConflictEventAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT coalesce(max(id), 0) FROM conflict_events");
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>What reconciliation <paramref name="runId"/> changed: states it wrote, conflicts it raised or reopened, and resolved.</summary>
    public async Task<(int Persons, int Opened, int Resolved)> ReconciliationChangesAsync(long runId, long afterEvent, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT coalesce(max(r.states_written), (SELECT count(*) FROM pupil_states WHERE run_id = $1))::int,
                   (count(*) FILTER (WHERE e.action IN ('RAISED', 'REOPENED')))::int,
                   (count(*) FILTER (WHERE e.action = 'RESOLVED'))::int
            FROM reconciliation_runs r
            LEFT JOIN conflict_events e ON e.id > $2 AND e.at = r.started_at AND e.actor = 'reconciliation'
            WHERE r.id = $1
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = runId });
        command.Parameters.Add(new NpgsqlParameter { Value = afterEvent });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? (reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2)) : (0, 0, 0);
    }

    /// <summary>Deletes the runs (and their files) that started before <paramref name="before"/>.</summary>
    public async Task<int> DeleteBeforeAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("DELETE FROM sync_runs WHERE started_at < $1 AND outcome <> 'RUNNING'");
        command.Parameters.Add(new NpgsqlParameter { Value = before });
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private const string CountsSet = """
        files_total = $2, files = $3, records_read = $4, records_applied = $5, records_quarantined = $6, files_refused = $7,
        persons_changed = $8, conflicts_opened = $9, conflicts_resolved = $10, attempts = $11
        """;

    private static void AddCounts(NpgsqlCommand command, SyncRunContext run) => AddCounts(command.Parameters, run);

    private static void AddCounts(NpgsqlBatchCommand command, SyncRunContext run) => AddCounts(command.Parameters, run);

    private static void AddCounts(NpgsqlParameterCollection p, SyncRunContext run)
    {
        p.Add(new NpgsqlParameter { Value = run.RunId });
        p.Add(new NpgsqlParameter { Value = run.FilesTotal });
        p.Add(new NpgsqlParameter { Value = run.Files });
        p.Add(new NpgsqlParameter { Value = run.RecordsRead });
        p.Add(new NpgsqlParameter { Value = run.RecordsApplied });
        p.Add(new NpgsqlParameter { Value = run.RecordsQuarantined });
        p.Add(new NpgsqlParameter { Value = run.FilesRefused });
        p.Add(new NpgsqlParameter { Value = run.PersonsChanged });
        p.Add(new NpgsqlParameter { Value = run.ConflictsOpened });
        p.Add(new NpgsqlParameter { Value = run.ConflictsResolved });
        p.Add(new NpgsqlParameter { Value = run.Attempts });
    }
}

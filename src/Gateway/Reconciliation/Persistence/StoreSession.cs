using System.Globalization;
using Npgsql;
using Thuiszitters.Gateway.Register;
using Thuiszitters.Gateway.Reconciliation.Facts;
using Thuiszitters.Gateway.Reconciliation.Identity;

namespace Thuiszitters.Gateway.Reconciliation.Persistence;

/// <summary>
/// One reconciliation being written, in one transaction: batches of pupils' states, name keys and conflicts are copied
/// in as they are reconciled; <see cref="CompleteAsync"/> merges the conflicts by identity and commits. Disposing an
/// uncompleted session rolls everything back.
/// </summary>
internal sealed class StoreSession : IAsyncDisposable
{
    /// <summary>Recomputed in full by every run, incremental or not (they come straight from the quarantine).</summary>
    private static readonly string[] AlwaysFullCodes = ["INVALID_IDENTIFIER"];

    private readonly NpgsqlConnection connection;
    private readonly NpgsqlTransaction transaction;
    private readonly TimeProvider clock;
    private readonly DateTimeOffset now;
    private readonly DateOnly asOf;
    private readonly string[]? keys;
    private readonly long runId;
    private readonly bool changeLog;
    private readonly HashSet<string> conflictIdentities = new(StringComparer.Ordinal);
    private int persons;

    private StoreSession(NpgsqlConnection connection, NpgsqlTransaction transaction, TimeProvider clock, DateTimeOffset now, DateOnly asOf, string[]? keys, long runId, bool changeLog)
    {
        this.changeLog = changeLog;
        this.connection = connection;
        this.transaction = transaction;
        this.clock = clock;
        this.now = now;
        this.asOf = asOf;
        this.keys = keys;
        this.runId = runId;
    }

    public long RunId => runId;

    /// <param name="dataSource">The register.</param>
    /// <param name="clock">When the run starts and ends.</param>
    /// <param name="asOf">The reference date.</param>
    /// <param name="touchedPersons">null for a full run; else the person keys reconciled again.</param>
    /// <param name="changeLog">Whether the run appends to the feed's change log (off only in the benchmark's comparison).</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    public static async Task<StoreSession> BeginAsync(
        NpgsqlDataSource dataSource, TimeProvider clock, DateOnly asOf, IReadOnlyCollection<string>? touchedPersons, bool changeLog, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        try
        {
            var transaction = await connection.BeginTransactionAsync(cancellationToken);
            long runId;
            await using (var insertRun = new NpgsqlCommand(
                "INSERT INTO reconciliation_runs (as_of, mode, started_at, persons, open_conflicts) VALUES ($1, $2, $3, 0, 0) RETURNING id", connection, transaction))
            {
                insertRun.Parameters.Add(new NpgsqlParameter { Value = asOf });
                insertRun.Parameters.Add(new NpgsqlParameter { Value = touchedPersons is null ? "FULL" : "INCREMENTAL" });
                insertRun.Parameters.Add(new NpgsqlParameter { Value = now });
                runId = (long)(await insertRun.ExecuteScalarAsync(cancellationToken))!;
            }

            var keys = touchedPersons?.ToArray();
            var deferredIndexes = new List<string>();
            if (keys is null)
            {
                // A full run rewrites both tables: empty them and build their keys and secondary indexes once at the end, which
                // is several times faster than maintaining them row by row (at 200 k persons the COPY of the states takes
                // 2.2 s into the primary key, 0.45 s without it and 0.3 s to build it after). The tables stay locked until the
                // run commits; a duplicate key fails the run when the key is built, and nothing is stored then.
                await ExecuteAsync(connection, transaction, "TRUNCATE pupil_states, person_name_keys", cancellationToken);
                foreach (var index in await TableIndexes.ReadAsync(connection, transaction, ["pupil_states", "person_name_keys"], cancellationToken))
                {
                    deferredIndexes.Add(index.Create);
                    await ExecuteAsync(connection, transaction, index.Drop, cancellationToken);
                }
            }
            else
            {
                await IncrementalMerge.BeginAsync(connection, transaction, keys, cancellationToken);
            }

            await ExecuteAsync(connection, transaction, """
                CREATE TEMP TABLE found_conflicts (identity text PRIMARY KEY, code text, pgn text, source_key text, school text,
                  anchor_date date, acts text, due_date date, escalated boolean, detail text) ON COMMIT DROP
                """, cancellationToken);
            return new StoreSession(connection, transaction, clock, now, asOf, keys, runId, changeLog) { DeferredIndexes = deferredIndexes };
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Copies one batch in; a conflict whose identity an earlier batch already gave is skipped (the first wins).</summary>
    /// <returns>The conflicts not seen before.</returns>
    public async Task<IReadOnlyList<ConflictFinding>> WriteAsync(
        IReadOnlyList<PupilOutcome> pupils, IEnumerable<ConflictFinding> conflicts, IReadOnlyList<PersonNameKey> nameKeys, CancellationToken cancellationToken)
    {
        persons += pupils.Count;
        if (pupils.Count > 0)
        {
            await CopyStatesAsync(pupils, cancellationToken);
        }

        if (nameKeys.Count > 0)
        {
            await CopyNameKeysAsync(nameKeys, cancellationToken);
        }

        var fresh = conflicts.Where(c => conflictIdentities.Add(c.Identity)).ToList();
        if (fresh.Count > 0)
        {
            await CopyFoundConflictsAsync(fresh, cancellationToken);
        }

        return fresh;
    }

    /// <summary>Stores the region, merges the conflicts found, and commits.</summary>
    public async Task CompleteAsync(RegionFacts region, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(region);
        // Runs complete one at a time, under the change log's lock taken here already: two runs at once (the
        // school-system pull applies several schools at a time) would both empty and refill region_schools and the
        // second insert would collide with the first (23505 on pk_region_schools).
        await ExecuteAsync(connection, transaction, string.Create(CultureInfo.InvariantCulture, $"SELECT pg_advisory_xact_lock({Feed.FeedChangeLog.LockKey})"), cancellationToken);
        await ExecuteAsync(connection, transaction, "DELETE FROM region_schools", cancellationToken);
        await ExecuteAsync(connection, transaction, """
            INSERT INTO region_schools (school, in_rod, exporting)
            SELECT s, s = ANY($1), s = ANY($2) FROM unnest($1 || $2) AS s GROUP BY s
            """, cancellationToken, region.RodSchools.ToArray(), region.ExportingSchools.ToArray());
        foreach (var create in DeferredIndexes)
        {
            await ExecuteAsync(connection, transaction, create, cancellationToken);
        }

        var written = persons;
        if (keys is not null)
        {
            written = await IncrementalMerge.MergeAsync(connection, transaction, cancellationToken);
        }
        else
        {
            // Emptied and refilled: without fresh statistics the next incremental run plans its look-alike join over
            // millions of name keys as if the tables were empty (11.6 s instead of milliseconds nationally).
            await ExecuteAsync(connection, transaction, "ANALYZE pupil_states, person_name_keys", cancellationToken);
        }

        await MergeConflictsAsync(connection, transaction, asOf, now, keys, cancellationToken);
        if (changeLog)
        {
            await Feed.FeedChangeLog.AppendAsync(connection, transaction, runId, now, keys is null ? null : IncrementalMerge.Keys, clock, cancellationToken);
        }

        await ExecuteAsync(connection, transaction, """
            UPDATE reconciliation_runs SET finished_at = $2, persons = $3, states_written = $4,
              open_conflicts = (SELECT count(*) FROM conflicts WHERE state IN ('OPEN', 'ACKNOWLEDGED'))
            WHERE id = $1
            """, cancellationToken, runId, clock.GetUtcNow(), persons, written);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The statements that build again the primary keys and secondary indexes a full run dropped, run before it commits.</summary>
    private IReadOnlyList<string> DeferredIndexes { get; init; } = [];


    public async ValueTask DisposeAsync()
    {
        await transaction.DisposeAsync();
        await connection.DisposeAsync();
    }

    private async Task CopyStatesAsync(IReadOnlyList<PupilOutcome> pupils, CancellationToken cancellationToken)
    {
        await using var writer = await BinaryCopyWriter.BeginAsync(
            connection,
            $"COPY {(keys is null ? "pupil_states" : IncrementalMerge.States)} (person_key, pgn, source_key, status, since, band, gemeente, schools, as_of, run_id, facts_hash) FROM STDIN (FORMAT BINARY)",
            cancellationToken);
        foreach (var pupil in pupils)
        {
            writer.StartRow();
            writer.WriteText(pupil.Pgn ?? pupil.SourceKey!);
            writer.WriteText(pupil.Pgn);
            writer.WriteText(pupil.SourceKey);
            writer.WriteText(Names.Of(pupil.Status));
            writer.WriteDate(pupil.Since);
            writer.WriteText(pupil.Band is { } band ? Names.Of(band) : null);
            writer.WriteText(pupil.Gemeente);
            writer.WriteTextArray(pupil.Schools);
            writer.WriteDate(asOf);
            writer.WriteInt64(runId);
            writer.WriteInt64(pupil.FactsHash);
            await writer.FlushIfFullAsync(cancellationToken);
        }

        await writer.CompleteAsync(cancellationToken);
    }

    /// <summary>A full run copies into the emptied table; an incremental one into a table merged at the end (<see cref="IncrementalMerge"/>).</summary>
    private async Task CopyNameKeysAsync(IReadOnlyList<PersonNameKey> nameKeys, CancellationToken cancellationToken)
    {
        await using var writer = await BinaryCopyWriter.BeginAsync(
            connection,
            $"COPY {(keys is null ? "person_name_keys" : IncrementalMerge.NameKeys)} (person_key, birth_year, birth_month, birth_day, surname) FROM STDIN (FORMAT BINARY)",
            cancellationToken);
        foreach (var key in nameKeys)
        {
            writer.StartRow();
            writer.WriteText(key.PersonKey);
            writer.WriteInt32(key.BirthYear);
            writer.WriteInt32(key.BirthMonth);
            writer.WriteInt32(key.BirthDay);
            writer.WriteText(key.Surname);
            await writer.FlushIfFullAsync(cancellationToken);
        }

        await writer.CompleteAsync(cancellationToken);
    }

    private async Task CopyFoundConflictsAsync(List<ConflictFinding> conflicts, CancellationToken cancellationToken)
    {
        await using var writer = await BinaryCopyWriter.BeginAsync(connection, "COPY found_conflicts FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var conflict in conflicts)
        {
            writer.StartRow();
            writer.WriteText(conflict.Identity);
            writer.WriteText(Names.Of(conflict.Code));
            writer.WriteText(conflict.Pgn);
            writer.WriteText(conflict.SourceKey);
            writer.WriteText(conflict.School);
            writer.WriteDate(conflict.Date);
            writer.WriteText(Names.Of(conflict.Acts));
            writer.WriteDate(conflict.DueDate);
            writer.WriteBoolean(conflict.Escalated);
            writer.WriteText(conflict.Detail);
            await writer.FlushIfFullAsync(cancellationToken);
        }

        await writer.CompleteAsync(cancellationToken);
    }

    private static async Task MergeConflictsAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, DateOnly asOf, DateTimeOffset now, string[]? keys, CancellationToken cancellationToken)
    {
        await ExecuteAsync(connection, transaction, """
            INSERT INTO conflict_events (conflict_id, at, action, actor, reason)
            SELECT c.id, $1, 'REOPENED', 'reconciliation', 'de feiten zijn er weer'
            FROM conflicts c JOIN found_conflicts f ON f.identity = c.identity WHERE c.state = 'RESOLVED'
            """, cancellationToken, now);
        await ExecuteAsync(connection, transaction, """
            WITH up AS (
              INSERT INTO conflicts (identity, code, pgn, source_key, school, anchor_date, acts, due_date, escalated, detail, state, first_seen_at, last_seen_at)
              SELECT identity, code, pgn, source_key, school, anchor_date, acts, coalesce(due_date, $2 + 7), escalated, detail, 'OPEN', $1, $1
              FROM found_conflicts
              ON CONFLICT (identity) DO UPDATE SET
                last_seen_at = EXCLUDED.last_seen_at, acts = EXCLUDED.acts, escalated = EXCLUDED.escalated, detail = EXCLUDED.detail,
                due_date = CASE WHEN EXCLUDED.due_date IS NULL OR conflicts.state = 'RESOLVED' THEN coalesce(conflicts.due_date, EXCLUDED.due_date) ELSE EXCLUDED.due_date END,
                state = CASE WHEN conflicts.state = 'RESOLVED' THEN 'OPEN' ELSE conflicts.state END,
                resolved_at = CASE WHEN conflicts.state = 'RESOLVED' THEN NULL ELSE conflicts.resolved_at END,
                resolution = CASE WHEN conflicts.state = 'RESOLVED' THEN NULL ELSE conflicts.resolution END
              RETURNING id, xmax = 0 AS inserted)
            INSERT INTO conflict_events (conflict_id, at, action, actor)
            SELECT id, $1, 'RAISED', 'reconciliation' FROM up WHERE inserted
            """, cancellationToken, now, asOf);
        var scope = keys is null
            ? "TRUE"
            : $"(c.pgn IN {IncrementalMerge.Keys} OR c.source_key IN {IncrementalMerge.Keys} OR c.pgn IS NULL OR c.code = ANY($2))";
        await ExecuteAsync(connection, transaction, $"""
            WITH gone AS (
              UPDATE conflicts c SET state = 'RESOLVED', resolved_at = $1, resolution = 'de feiten die het conflict gaven zijn er niet meer'
              WHERE c.state IN ('OPEN', 'ACKNOWLEDGED') AND {scope}
                AND NOT EXISTS (SELECT 1 FROM found_conflicts f WHERE f.identity = c.identity)
              RETURNING c.id)
            INSERT INTO conflict_events (conflict_id, at, action, actor, reason)
            SELECT id, $1, 'RESOLVED', 'reconciliation', 'de feiten die het conflict gaven zijn er niet meer' FROM gone
            """, cancellationToken, keys is null ? [now] : [now, AlwaysFullCodes]);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken cancellationToken, params object?[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        foreach (var parameter in parameters)
        {
            if (parameter is not null)
            {
                command.Parameters.Add(new NpgsqlParameter { Value = parameter });
            }
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

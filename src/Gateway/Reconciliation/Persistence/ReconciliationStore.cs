using Npgsql;
using NpgsqlTypes;
using Thuiszitters.Gateway.Reconciliation.Facts;

namespace Thuiszitters.Gateway.Reconciliation.Persistence;

/// <summary>
/// Writes a reconciliation into the register in one transaction: the pupils' states, and the conflicts merged by their
/// stable identity (new ones raised, known ones kept, vanished ones resolved with when and why; dismissed ones stay
/// dismissed). An incremental run touches only the given persons (and recomputes the register-wide codes).
/// </summary>
public sealed class ReconciliationStore(NpgsqlDataSource dataSource, TimeProvider clock)
{
    /// <summary>Recomputed in full by every run, incremental or not (they come straight from the quarantine).</summary>
    private static readonly string[] AlwaysFullCodes = ["INVALID_IDENTIFIER"];

    /// <summary>Stores a run without the identity keys and region of its facts (for callers that build runs by hand).</summary>
    public Task<long> SaveAsync(ReconciliationRun run, IReadOnlyCollection<string>? touchedPersons, CancellationToken cancellationToken) =>
        SaveAsync(run, touchedPersons, new RegisterFacts([], RegionFacts.Empty, []), cancellationToken);

    /// <param name="run">The reconciled persons.</param>
    /// <param name="touchedPersons">null for a full run; else the person keys (PGN or source key) reconciled again. Persons
    /// without a PGN are always all reconciled again.</param>
    /// <param name="facts">The facts the run came from: its name keys and region are stored for the next incremental run.</param>
    /// <param name="cancellationToken">Cancels the write; nothing is stored then.</param>
    public async Task<long> SaveAsync(ReconciliationRun run, IReadOnlyCollection<string>? touchedPersons, RegisterFacts facts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(run);
        var now = clock.GetUtcNow();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        long runId;
        await using (var insertRun = new NpgsqlCommand(
            "INSERT INTO reconciliation_runs (as_of, mode, started_at, persons, open_conflicts) VALUES ($1, $2, $3, $4, 0) RETURNING id", connection, transaction))
        {
            insertRun.Parameters.Add(new NpgsqlParameter { Value = run.AsOf });
            insertRun.Parameters.Add(new NpgsqlParameter { Value = touchedPersons is null ? "FULL" : "INCREMENTAL" });
            insertRun.Parameters.Add(new NpgsqlParameter { Value = now });
            insertRun.Parameters.Add(new NpgsqlParameter { Value = run.Pupils.Count });
            runId = (long)(await insertRun.ExecuteScalarAsync(cancellationToken))!;
        }

        var keys = touchedPersons?.ToArray();
        await ExecuteAsync(connection, transaction, keys is null
            ? "DELETE FROM pupil_states"
            : "DELETE FROM pupil_states WHERE person_key = ANY($1) OR pgn IS NULL", cancellationToken, [keys]);
        await ExecuteAsync(connection, transaction, keys is null
            ? "DELETE FROM person_name_keys"
            : "DELETE FROM person_name_keys WHERE person_key = ANY($1)", cancellationToken, [keys]);
        await CopyNameKeysAsync(connection, facts, cancellationToken);
        await ExecuteAsync(connection, transaction, "DELETE FROM region_schools", cancellationToken);
        await ExecuteAsync(connection, transaction, """
            INSERT INTO region_schools (school, in_rod, exporting)
            SELECT s, s = ANY($1), s = ANY($2) FROM unnest($1 || $2) AS s GROUP BY s
            """, cancellationToken, facts.Region.RodSchools.ToArray(), facts.Region.ExportingSchools.ToArray());
        await CopyStatesAsync(connection, run, runId, cancellationToken);
        await CopyFoundConflictsAsync(connection, transaction, run, cancellationToken);
        await MergeConflictsAsync(connection, transaction, run.AsOf, now, keys, cancellationToken);
        await ExecuteAsync(connection, transaction, """
            UPDATE reconciliation_runs SET finished_at = $2,
              open_conflicts = (SELECT count(*) FROM conflicts WHERE state IN ('OPEN', 'ACKNOWLEDGED'))
            WHERE id = $1
            """, cancellationToken, runId, clock.GetUtcNow());
        await transaction.CommitAsync(cancellationToken);
        return runId;
    }

    private static async Task CopyStatesAsync(NpgsqlConnection connection, ReconciliationRun run, long runId, CancellationToken cancellationToken)
    {
        await using var writer = await connection.BeginBinaryImportAsync(
            "COPY pupil_states (person_key, pgn, source_key, status, since, band, gemeente, schools, as_of, run_id) FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var pupil in run.Pupils)
        {
            await writer.StartRowAsync(cancellationToken);
            await writer.WriteAsync(pupil.Pgn ?? pupil.SourceKey!, NpgsqlDbType.Text, cancellationToken);
            await WriteNullableAsync(writer, pupil.Pgn, NpgsqlDbType.Text, cancellationToken);
            await WriteNullableAsync(writer, pupil.SourceKey, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(Names.Of(pupil.Status), NpgsqlDbType.Text, cancellationToken);
            await WriteNullableAsync(writer, pupil.Since, NpgsqlDbType.Date, cancellationToken);
            await WriteNullableAsync(writer, pupil.Band is { } band ? Names.Of(band) : null, NpgsqlDbType.Text, cancellationToken);
            await WriteNullableAsync(writer, pupil.Gemeente, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(pupil.Schools.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(run.AsOf, NpgsqlDbType.Date, cancellationToken);
            await writer.WriteAsync(runId, NpgsqlDbType.Bigint, cancellationToken);
        }

        await writer.CompleteAsync(cancellationToken);
    }

    private static async Task CopyNameKeysAsync(NpgsqlConnection connection, RegisterFacts facts, CancellationToken cancellationToken)
    {
        await using var writer = await connection.BeginBinaryImportAsync(
            "COPY person_name_keys (person_key, birth_year, birth_month, birth_day, surname) FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var key in facts.NameKeys)
        {
            await writer.StartRowAsync(cancellationToken);
            await writer.WriteAsync(key.PersonKey, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(key.BirthYear, NpgsqlDbType.Integer, cancellationToken);
            await writer.WriteAsync(key.BirthMonth, NpgsqlDbType.Integer, cancellationToken);
            await writer.WriteAsync(key.BirthDay, NpgsqlDbType.Integer, cancellationToken);
            await writer.WriteAsync(key.Surname, NpgsqlDbType.Text, cancellationToken);
        }

        await writer.CompleteAsync(cancellationToken);
    }

    private static async Task CopyFoundConflictsAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, ReconciliationRun run, CancellationToken cancellationToken)
    {
        await ExecuteAsync(connection, transaction, """
            CREATE TEMP TABLE found_conflicts (identity text PRIMARY KEY, code text, pgn text, source_key text, school text,
              anchor_date date, acts text, due_date date, escalated boolean, detail text) ON COMMIT DROP
            """, cancellationToken);
        await using var writer = await connection.BeginBinaryImportAsync(
            "COPY found_conflicts FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var conflict in run.Conflicts)
        {
            await writer.StartRowAsync(cancellationToken);
            await writer.WriteAsync(conflict.Identity, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(Names.Of(conflict.Code), NpgsqlDbType.Text, cancellationToken);
            await WriteNullableAsync(writer, conflict.Pgn, NpgsqlDbType.Text, cancellationToken);
            await WriteNullableAsync(writer, conflict.SourceKey, NpgsqlDbType.Text, cancellationToken);
            await WriteNullableAsync(writer, conflict.School, NpgsqlDbType.Text, cancellationToken);
            await WriteNullableAsync(writer, conflict.Date, NpgsqlDbType.Date, cancellationToken);
            await writer.WriteAsync(Names.Of(conflict.Acts), NpgsqlDbType.Text, cancellationToken);
            await WriteNullableAsync(writer, conflict.DueDate, NpgsqlDbType.Date, cancellationToken);
            await writer.WriteAsync(conflict.Escalated, NpgsqlDbType.Boolean, cancellationToken);
            await writer.WriteAsync(conflict.Detail, NpgsqlDbType.Text, cancellationToken);
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
        var scope = keys is null ? "TRUE" : "(c.pgn = ANY($2) OR c.source_key = ANY($2) OR c.pgn IS NULL OR c.code = ANY($3))";
        await ExecuteAsync(connection, transaction, $"""
            WITH gone AS (
              UPDATE conflicts c SET state = 'RESOLVED', resolved_at = $1, resolution = 'de feiten die het conflict gaven zijn er niet meer'
              WHERE c.state IN ('OPEN', 'ACKNOWLEDGED') AND {scope}
                AND NOT EXISTS (SELECT 1 FROM found_conflicts f WHERE f.identity = c.identity)
              RETURNING c.id)
            INSERT INTO conflict_events (conflict_id, at, action, actor, reason)
            SELECT id, $1, 'RESOLVED', 'reconciliation', 'de feiten die het conflict gaven zijn er niet meer' FROM gone
            """, cancellationToken, keys is null ? [now] : [now, keys, AlwaysFullCodes]);
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

    private static async Task WriteNullableAsync<T>(NpgsqlBinaryImporter writer, T? value, NpgsqlDbType type, CancellationToken cancellationToken)
    {
        if (value is null)
        {
            await writer.WriteNullAsync(cancellationToken);
        }
        else
        {
            await writer.WriteAsync(value, type, cancellationToken);
        }
    }
}

using System.Runtime.CompilerServices;
using System.Text.Json;
using Npgsql;
using NpgsqlTypes;
using Thuiszitters.Connectors.SisApi;
using Thuiszitters.Gateway.SisApi.Entities;

namespace Thuiszitters.Gateway.SisApi;

/// <summary>The pull's SQL: the cursor per school, the items the API gave per school, the run history.</summary>
internal sealed class SisPullStore(NpgsqlDataSource dataSource, TimeProvider time)
{
    public async Task<long> StartRunAsync(string school, string trigger, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "INSERT INTO sis_pull_runs (school, trigger, started_at, outcome, pages, students, absences, quarantined) VALUES ($1, $2, $3, 'RUNNING', 0, 0, 0, 0) RETURNING id");
        command.Parameters.Add(new() { Value = school });
        command.Parameters.Add(new() { Value = trigger });
        command.Parameters.Add(new() { Value = time.GetUtcNow() });
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    public async Task FinishRunAsync(long runId, SisPullResult result, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            """
            UPDATE sis_pull_runs SET finished_at = $2, outcome = $3, pages = $4, students = $5, absences = $6, quarantined = $7,
                pupils_delivery_id = $8, absences_delivery_id = $9, error = $10
            WHERE id = $1
            """);
        object?[] values = [runId, time.GetUtcNow(), result.Outcome, result.Pages, result.Students, result.Absences, result.Quarantined,
            result.PupilsDeliveryId, result.AbsencesDeliveryId, result.Error];
        foreach (var value in values)
        {
            command.Parameters.Add(new() { Value = value ?? DBNull.Value });
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<SisCursorRow> CursorAsync(string school, string baseUrl, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT changed_since, walk_since, cursor, walk_max_changed_at FROM sis_cursors WHERE school = $1");
        command.Parameters.Add(new() { Value = school });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var row = new SisCursorRow { School = school, BaseUrl = baseUrl };
        if (await reader.ReadAsync(cancellationToken))
        {
            row.ChangedSince = reader.IsDBNull(0) ? null : reader.GetFieldValue<DateTimeOffset>(0);
            row.WalkSince = reader.IsDBNull(1) ? null : reader.GetFieldValue<DateTimeOffset>(1);
            row.Cursor = reader.IsDBNull(2) ? null : reader.GetString(2);
            row.WalkMaxChangedAt = reader.IsDBNull(3) ? null : reader.GetFieldValue<DateTimeOffset>(3);
        }

        return row;
    }

    /// <summary>Stores where the walk stands: called only after the page it follows is committed.</summary>
    public async Task SaveCursorAsync(SisCursorRow row, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            """
            INSERT INTO sis_cursors (school, base_url, changed_since, walk_since, cursor, walk_max_changed_at, updated_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7)
            ON CONFLICT (school) DO UPDATE SET base_url = excluded.base_url, changed_since = excluded.changed_since,
                walk_since = excluded.walk_since, cursor = excluded.cursor, walk_max_changed_at = excluded.walk_max_changed_at,
                updated_at = excluded.updated_at
            """);
        object?[] values = [row.School, row.BaseUrl, row.ChangedSince, row.WalkSince, row.Cursor, row.WalkMaxChangedAt, time.GetUtcNow()];
        foreach (var value in values)
        {
            command.Parameters.Add(new() { Value = value ?? DBNull.Value });
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// Commits a page of pupils: each replaces the school's earlier item of the same pupil unless that one changed later.
    /// Idempotent: the same page again changes nothing.
    /// </summary>
    public async Task CommitStudentsAsync(string school, IReadOnlyList<SisStudent> items, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            """
            INSERT INTO sis_students (school, student_number, payload, changed_at)
            SELECT $1, s.number, s.payload, s.changed_at FROM unnest($2::text[], $3::jsonb[], $4::timestamptz[]) AS s(number, payload, changed_at)
            ON CONFLICT (school, student_number) DO UPDATE SET payload = excluded.payload, changed_at = excluded.changed_at
            WHERE sis_students.changed_at <= excluded.changed_at
            """);
        var latest = items.GroupBy(s => s.StudentNumber, StringComparer.Ordinal).Select(g => g.MaxBy(s => s.ChangedAt)!).ToList();
        command.Parameters.Add(new() { Value = school });
        command.Parameters.Add(new() { Value = latest.Select(s => s.StudentNumber).ToArray() });
        command.Parameters.Add(new() { Value = latest.Select(s => JsonSerializer.Serialize(s, SisApiClients.Json)).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Jsonb });
        command.Parameters.Add(new() { Value = latest.Select(s => s.ChangedAt).ToArray() });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Commits a page of absence days, marking them seen by <paramref name="runId"/>. Idempotent.</summary>
    public async Task CommitAbsencesAsync(string school, long runId, IReadOnlyList<SisAbsence> items, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            """
            INSERT INTO sis_absences (school, student_number, date, code, payload, seen_run)
            SELECT $1, a.number, a.date, a.code, a.payload, $2 FROM unnest($3::text[], $4::date[], $5::text[], $6::jsonb[]) AS a(number, date, code, payload)
            ON CONFLICT (school, student_number, date, code) DO UPDATE SET payload = excluded.payload, seen_run = excluded.seen_run
            """);
        var distinct = items.DistinctBy(a => (a.StudentNumber, a.Date, a.Code)).ToList();
        command.Parameters.Add(new() { Value = school });
        command.Parameters.Add(new() { Value = runId });
        command.Parameters.Add(new() { Value = distinct.Select(a => a.StudentNumber).ToArray() });
        command.Parameters.Add(new() { Value = distinct.Select(a => a.Date).ToArray() });
        command.Parameters.Add(new() { Value = distinct.Select(a => a.Code).ToArray() });
        command.Parameters.Add(new() { Value = distinct.Select(a => JsonSerializer.Serialize(a, SisApiClients.Json)).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Jsonb });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>After a complete read of the window: the days in it the API no longer gives are gone.</summary>
    public async Task<int> RemoveUnseenAbsencesAsync(string school, long runId, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("DELETE FROM sis_absences WHERE school = $1 AND date BETWEEN $2 AND $3 AND seen_run <> $4");
        command.Parameters.Add(new() { Value = school });
        command.Parameters.Add(new() { Value = from });
        command.Parameters.Add(new() { Value = to });
        command.Parameters.Add(new() { Value = runId });
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async IAsyncEnumerable<SisStudent> StudentsAsync(string school, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT payload FROM sis_students WHERE school = $1 ORDER BY student_number");
        command.Parameters.Add(new() { Value = school });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return JsonSerializer.Deserialize<SisStudent>(reader.GetString(0), SisApiClients.Json)!;
        }
    }

    public async IAsyncEnumerable<SisAbsence> AbsencesAsync(string school, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT payload FROM sis_absences WHERE school = $1 ORDER BY student_number, date, code");
        command.Parameters.Add(new() { Value = school });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return JsonSerializer.Deserialize<SisAbsence>(reader.GetString(0), SisApiClients.Json)!;
        }
    }
}

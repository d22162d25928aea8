using Npgsql;

namespace Thuiszitters.Gateway.Security;

/// <summary>
/// Writes who read which pupil's data, when and why. Every endpoint that returns pupil data calls it in the same
/// request, before the data leaves; a failed audit write fails the request.
/// </summary>
internal sealed class AuditLog(NpgsqlDataSource dataSource, TimeProvider clock)
{
    public async Task RecordAsync(Caller caller, string action, IReadOnlyCollection<string> pgns, string purpose, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            INSERT INTO audit_log (at, actor, role, organisation, action, pgn, purpose)
            SELECT $1, $2, $3, $4, $5, p, $6 FROM unnest($7::text[]) AS p
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = clock.GetUtcNow() });
        command.Parameters.Add(new NpgsqlParameter { Value = caller.Name });
        command.Parameters.Add(new NpgsqlParameter { Value = caller.Role.ToString() });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)caller.Organisation ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter { Value = action });
        command.Parameters.Add(new NpgsqlParameter { Value = purpose });
        command.Parameters.Add(new NpgsqlParameter { Value = pgns.Count == 0 ? new[] { (string?)null } : pgns.ToArray() });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// A list view as ONE entry holding every pupil it showed (<c>pgns</c>), not a row per pupil per page load.
    /// </summary>
    public async Task RecordListAsync(Caller caller, string action, IReadOnlyCollection<string> pgns, string purpose, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            INSERT INTO audit_log (at, actor, role, organisation, action, pgn, purpose, pgns) VALUES ($1, $2, $3, $4, $5, NULL, $6, $7)
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = clock.GetUtcNow() });
        command.Parameters.Add(new NpgsqlParameter { Value = caller.Name });
        command.Parameters.Add(new NpgsqlParameter { Value = caller.Role.ToString() });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)caller.Organisation ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter { Value = action });
        command.Parameters.Add(new NpgsqlParameter { Value = purpose });
        command.Parameters.Add(new NpgsqlParameter { Value = pgns.ToArray() });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

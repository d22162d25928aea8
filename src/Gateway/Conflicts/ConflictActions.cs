using Npgsql;
using Thuiszitters.Gateway.Security;

namespace Thuiszitters.Gateway.Conflicts;

/// <summary>
/// Acknowledge and dismiss-with-reason, each recorded with who did it and when, in the conflict and its history.
/// Only a caller who may see the conflict may act on it.
/// </summary>
internal sealed class ConflictActions(NpgsqlDataSource dataSource, TimeProvider clock)
{
    /// <summary>
    /// The SWV acts on any conflict, a school or board on its schools' conflicts, leerplicht only on conflicts about its
    /// gemeente's residents (not on every conflict of the region).
    /// </summary>
    private const string CallerMayAct = """
        (@is_swv OR school = @org OR school = ANY(@schools)
         OR (@is_leerplicht AND EXISTS (SELECT 1 FROM pupil_states p
               WHERE p.person_key = coalesce(conflicts.pgn, conflicts.source_key) AND p.gemeente = @org)))
        """;

    public Task<bool> AcknowledgeAsync(long id, Caller caller, CancellationToken cancellationToken) =>
        ApplyAsync(id, caller, "ACKNOWLEDGED", null, $"""
            UPDATE conflicts SET state = 'ACKNOWLEDGED', acknowledged_by = @who, acknowledged_at = @at
            WHERE id = @id AND state = 'OPEN' AND {CallerMayAct}
            """, cancellationToken);

    public Task<bool> DismissAsync(long id, Caller caller, string reason, CancellationToken cancellationToken) =>
        ApplyAsync(id, caller, "DISMISSED", reason, $"""
            UPDATE conflicts SET state = 'DISMISSED', dismissed_by = @who, dismissed_at = @at, dismiss_reason = @reason
            WHERE id = @id AND state IN ('OPEN', 'ACKNOWLEDGED') AND {CallerMayAct}
            """, cancellationToken);

    private async Task<bool> ApplyAsync(long id, Caller caller, string action, string? reason, string sql, CancellationToken cancellationToken)
    {
        var at = clock.GetUtcNow();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var update = new NpgsqlCommand(sql, connection, transaction);
        update.Parameters.AddWithValue("id", id);
        update.Parameters.AddWithValue("who", $"{caller.Name} ({caller.Role})");
        update.Parameters.AddWithValue("at", at);
        update.Parameters.AddWithValue("reason", (object?)reason ?? DBNull.Value);
        update.Parameters.AddWithValue("org", (object?)caller.Organisation ?? DBNull.Value);
        update.Parameters.AddWithValue("schools", caller.Schools.ToArray());
        update.Parameters.AddWithValue("is_swv", caller.Role == CallerRole.Swv);
        update.Parameters.AddWithValue("is_leerplicht", caller.Role == CallerRole.Leerplicht);
        if (await update.ExecuteNonQueryAsync(cancellationToken) == 0)
        {
            return false;
        }

        await using var history = new NpgsqlCommand(
            "INSERT INTO conflict_events (conflict_id, at, action, actor, reason) VALUES (@id, @at, @action, @who, @reason)", connection, transaction);
        history.Parameters.AddWithValue("id", id);
        history.Parameters.AddWithValue("at", at);
        history.Parameters.AddWithValue("action", action);
        history.Parameters.AddWithValue("who", $"{caller.Name} ({caller.Role})");
        history.Parameters.AddWithValue("reason", (object?)reason ?? DBNull.Value);
        await history.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}

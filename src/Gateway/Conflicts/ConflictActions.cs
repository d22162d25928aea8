using Npgsql;
using Thuiszitters.Gateway.Security;

namespace Thuiszitters.Gateway.Conflicts;

/// <summary>
/// Acknowledge and dismiss-with-reason, each recorded with who did it and when, in the conflict and its history. Who
/// may is decided in <see cref="ConflictScope"/>: only the party that must act (and the SWV for an escalated case).
/// The answer carries the conflict's pupil, for the endpoint's audit of the attempt.
/// </summary>
internal sealed class ConflictActions(NpgsqlDataSource dataSource, TimeProvider clock)
{
    public Task<(ConflictActionOutcome Outcome, string? Pgn)> AcknowledgeAsync(long id, Caller caller, CancellationToken cancellationToken) =>
        ApplyAsync(id, caller, "ACKNOWLEDGED", null, ["OPEN"], """
            UPDATE conflicts SET state = 'ACKNOWLEDGED', acknowledged_by = @who, acknowledged_at = @at WHERE id = @id
            """, cancellationToken);

    public Task<(ConflictActionOutcome Outcome, string? Pgn)> DismissAsync(long id, Caller caller, string reason, CancellationToken cancellationToken) =>
        ApplyAsync(id, caller, "DISMISSED", reason, ["OPEN", "ACKNOWLEDGED"], """
            UPDATE conflicts SET state = 'DISMISSED', dismissed_by = @who, dismissed_at = @at, dismiss_reason = @reason WHERE id = @id
            """, cancellationToken);

    private async Task<(ConflictActionOutcome Outcome, string? Pgn)> ApplyAsync(
        long id, Caller caller, string action, string? reason, string[] fromStates, string sql, CancellationToken cancellationToken)
    {
        var at = clock.GetUtcNow();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        string? pgn;
        string state;
        bool mayAct;
        await using (var find = new NpgsqlCommand($"""
            SELECT coalesce(c.pgn, c.source_key), c.state, {ConflictScope.MayAct(caller)}
            FROM conflicts c LEFT JOIN pupil_states p ON p.person_key = coalesce(c.pgn, c.source_key)
            WHERE c.id = @id AND {ConflictScope.Visible(caller)}
            FOR UPDATE OF c
            """, connection, transaction))
        {
            find.Parameters.AddWithValue("id", id);
            ConflictScope.Bind(find, caller);
            await using var reader = await find.ExecuteReaderAsync(cancellationToken);
            if (!await reader.ReadAsync(cancellationToken))
            {
                return (ConflictActionOutcome.NotFound, null);
            }

            pgn = reader.IsDBNull(0) ? null : reader.GetString(0);
            state = reader.GetString(1);
            mayAct = !reader.IsDBNull(2) && reader.GetBoolean(2);
        }

        if (!mayAct)
        {
            return (ConflictActionOutcome.NotActingParty, pgn);
        }

        if (!fromStates.Contains(state))
        {
            return (ConflictActionOutcome.WrongState, pgn);
        }

        var who = $"{caller.Name} ({caller.Role})";
        await using (var update = new NpgsqlCommand(sql, connection, transaction))
        {
            update.Parameters.AddWithValue("id", id);
            update.Parameters.AddWithValue("who", who);
            update.Parameters.AddWithValue("at", at);
            update.Parameters.AddWithValue("reason", (object?)reason ?? DBNull.Value);
            await update.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var history = new NpgsqlCommand(
            "INSERT INTO conflict_events (conflict_id, at, action, actor, reason) VALUES (@id, @at, @action, @who, @reason)", connection, transaction))
        {
            history.Parameters.AddWithValue("id", id);
            history.Parameters.AddWithValue("at", at);
            history.Parameters.AddWithValue("action", action);
            history.Parameters.AddWithValue("who", who);
            history.Parameters.AddWithValue("reason", (object?)reason ?? DBNull.Value);
            await history.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return (ConflictActionOutcome.Done, pgn);
    }
}

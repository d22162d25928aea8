using Npgsql;

namespace Thuiszitters.Gateway.Feed;

/// <summary>
/// Writes every feed read, allowed or refused, as one row of <c>feed_audit</c>: key, gemeente, action, the number of
/// pupils answered and their pgns as one array (one insert per request, however many items a page holds).
/// </summary>
internal sealed class FeedAudit(NpgsqlDataSource dataSource, TimeProvider clock)
{
    public async Task RecordAsync(FeedCaller caller, string gemeente, string action, IReadOnlyCollection<string> pgns, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(pgns);
        await using var command = dataSource.CreateCommand("""
            INSERT INTO feed_audit (at, api_key_id, api_key_name, gemeente, action, outcome, reason, pupil_count, pgns)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = clock.GetUtcNow() });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)caller.KeyId ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter { Value = caller.Name });
        command.Parameters.Add(new NpgsqlParameter { Value = gemeente });
        command.Parameters.Add(new NpgsqlParameter { Value = action });
        command.Parameters.Add(new NpgsqlParameter { Value = caller.Allowed ? "ALLOWED" : "REFUSED" });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)caller.Refusal ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter { Value = pgns.Count });
        command.Parameters.Add(new NpgsqlParameter { Value = pgns.ToArray() });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

using Npgsql;

namespace Thuiszitters.Gateway.Feed;

/// <summary>
/// Writes every feed read, allowed or refused, as one row of <c>feed_audit</c>: key, gemeente, action, the number of
/// pupils answered and their pgns as one array (one insert per request, however many items a page holds).
/// </summary>
internal sealed class FeedAudit(NpgsqlDataSource dataSource, TimeProvider clock)
{
    /// <summary>
    /// The audit row of an allowed page read, as a statement over the CTE <c>page</c> (pgn, sequence; one row more than
    /// the page when more follow) of <see cref="FeedReader"/>'s page query, whose parameters it uses: <c>$1</c> the
    /// gemeente, <c>$3</c> the page size, <c>$4</c> the time, <c>$5</c> the key id, <c>$6</c> the caller's name.
    /// </summary>
    public const string InsertAllowedPage = """
        INSERT INTO feed_audit (at, api_key_id, api_key_name, gemeente, action, outcome, reason, pupil_count, pgns)
        SELECT $4, $5, $6, $1, 'feed', 'ALLOWED', NULL, count(*), coalesce(array_agg(p.pgn ORDER BY p.sequence), '{}')
        FROM (SELECT pgn, sequence FROM page ORDER BY sequence LIMIT $3) p
        """;

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

using Npgsql;

namespace Thuiszitters.Gateway.Feed;

/// <summary>
/// Deletes the events that a later event of the same pupil in the same gemeente supersedes, keeping the latest event per
/// pupil (a removal included): walks from any cursor give the same result before and after (see <see cref="FeedReader"/>).
/// It notifies <see cref="FeedPageCache.Channel"/> all the same, so no cached page outlives the events it was read from.
/// </summary>
internal static class FeedCompaction
{
    /// <returns>The number of events deleted.</returns>
    public static async Task<int> CompactAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"""
            DELETE FROM feed_events e USING feed_items i
            WHERE i.gemeente = e.gemeente AND i.pgn = e.pgn AND e.sequence < i.last_sequence;
            NOTIFY {FeedPageCache.Channel};
            """);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

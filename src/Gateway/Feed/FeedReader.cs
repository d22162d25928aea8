using System.Globalization;
using System.Text.Json;
using Npgsql;

namespace Thuiszitters.Gateway.Feed;

/// <summary>
/// Reads a gemeente's feed: pages of events after a sequence, one current item, or every current item.
/// </summary>
/// <remarks>
/// Events hold no snapshot; a page gives, for each pupil, only its latest event, with the pupil's current item (the
/// item in <c>feed_items</c> belongs to exactly that event). An event superseded by a later one of the same pupil is
/// skipped: the later one is in the same walk, further on. So a walk from any cursor, old or new, ends in the current
/// state, and deleting superseded events (<see cref="FeedCompaction"/>) changes no walk. Because the change log numbers
/// events under one lock until its run commits, a reader that sees sequence n also sees every sequence before it.
/// </remarks>
internal sealed class FeedReader(NpgsqlDataSource dataSource)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<FeedPage> PageAsync(string gemeente, long afterSequence, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = new List<(long Id, long Sequence, string Type, string Pgn, DateTimeOffset At, FeedItemCore? Item)>();
        await using (var command = new NpgsqlCommand("""
            SELECT e.id, e.sequence, e.type, e.pgn, e.occurred_at, i.item::text
            FROM feed_events e JOIN feed_items i ON i.gemeente = e.gemeente AND i.pgn = e.pgn AND i.last_sequence = e.sequence
            WHERE e.gemeente = @gemeente AND e.sequence > @after
            ORDER BY e.sequence LIMIT @limit
            """, connection))
        {
            command.Parameters.AddWithValue("gemeente", gemeente);
            command.Parameters.AddWithValue("after", afterSequence);
            command.Parameters.AddWithValue("limit", limit + 1);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add((reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2), reader.GetString(3), reader.GetFieldValue<DateTimeOffset>(4),
                    reader.IsDBNull(5) ? null : JsonSerializer.Deserialize<FeedItemCore>(reader.GetString(5), Json)));
            }
        }

        var hasMore = rows.Count > limit;
        if (hasMore)
        {
            rows.RemoveAt(rows.Count - 1);
        }

        var upserts = rows.Where(r => r.Item is not null).Select(r => r.Pgn).ToList();
        var (names, sources) = await FeedPupilFacts.LoadAsync(connection, upserts, withSources: true, cancellationToken);
        var items = rows.Select(r => new FeedEvent(
            r.Id.ToString(CultureInfo.InvariantCulture), r.Sequence, r.Type, r.Pgn, r.At,
            r.Item is { } item ? Pupil(r.Pgn, item, names, sources) : null)).ToList();
        return new FeedPage(items, FeedCursor.Encode(gemeente, rows.Count > 0 ? rows[^1].Sequence : afterSequence), hasMore);
    }

    /// <summary>The current item of one pupil in the gemeente's feed; null when it is not in it.</summary>
    public async Task<FeedPupil?> PupilAsync(string gemeente, string pgn, CancellationToken cancellationToken)
    {
        var items = await CurrentAsync(gemeente, pgn, withSources: true, cancellationToken);
        return items.Count == 1 ? items[0] : null;
    }

    /// <summary>Every pupil in the gemeente's feed now, by pgn.</summary>
    public Task<IReadOnlyList<FeedPupil>> AllAsync(string gemeente, CancellationToken cancellationToken) =>
        CurrentAsync(gemeente, null, withSources: false, cancellationToken);

    /// <summary>Whether the pupil is in another gemeente's feed now (to audit an attempt on it as refused).</summary>
    public async Task<bool> InOtherFeedAsync(string gemeente, string pgn, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT EXISTS (SELECT 1 FROM feed_items WHERE pgn = $1 AND gemeente <> $2 AND present)");
        command.Parameters.Add(new NpgsqlParameter { Value = pgn });
        command.Parameters.Add(new NpgsqlParameter { Value = gemeente });
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private async Task<IReadOnlyList<FeedPupil>> CurrentAsync(string gemeente, string? pgn, bool withSources, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = new List<(string Pgn, FeedItemCore Item)>();
        await using (var command = new NpgsqlCommand("""
            SELECT pgn, item::text FROM feed_items WHERE gemeente = @gemeente AND present AND (@pgn::text IS NULL OR pgn = @pgn) ORDER BY pgn
            """, connection))
        {
            command.Parameters.AddWithValue("gemeente", gemeente);
            command.Parameters.Add(new NpgsqlParameter("pgn", NpgsqlTypes.NpgsqlDbType.Text) { Value = (object?)pgn ?? DBNull.Value });
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add((reader.GetString(0), JsonSerializer.Deserialize<FeedItemCore>(reader.GetString(1), Json)!));
            }
        }

        var (names, sources) = await FeedPupilFacts.LoadAsync(connection, [.. rows.Select(r => r.Pgn)], withSources, cancellationToken);
        return [.. rows.Select(r => Pupil(r.Pgn, r.Item, names, sources))];
    }

    private static FeedPupil Pupil(string pgn, FeedItemCore item, ILookup<string, FeedName> names, ILookup<string, FeedSource> sources) =>
        new(pgn, [.. names[pgn]], item.Status, item.Since, item.Band, item.Schools, item.Woongemeente, item.OpenConflicts, [.. sources[pgn]]);
}

using System.Buffers;
using System.Globalization;
using System.Text.Json;
using Npgsql;
using NpgsqlTypes;

namespace Thuiszitters.Gateway.Feed;

/// <summary>
/// Reads a gemeente's feed: pages of events after a sequence, one current item, or every current item.
/// </summary>
/// <remarks>
/// <para>Events hold no snapshot; a page gives, for each pupil, only its latest event, with the pupil's current item
/// (the item in <c>feed_items</c> belongs to exactly that event). An event superseded by a later one of the same pupil is
/// skipped: the later one is in the same walk, further on. So a walk from any cursor, old or new, ends in the current
/// state, and deleting superseded events (<see cref="FeedCompaction"/>) changes no walk. Because the change log numbers
/// events under one lock until its run commits, a reader that sees sequence n also sees every sequence before it.</para>
/// <para>Items are stored whole by the change log (<see cref="FeedItemSql"/>), as UTF-8 JSON: a page is one indexed
/// range read by (gemeente, sequence) whose items are copied into the answer as they are. The API serves pages through
/// <see cref="FeedPageCache"/>, which keeps finished answers until the feed changes.</para>
/// </remarks>
internal sealed class FeedReader(NpgsqlDataSource dataSource)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>A present item as stored, or (an item written before items were stored whole) its reconciled part.</summary>
    private const string Body = """
        CASE WHEN i.item IS NOT NULL THEN coalesce(i.body, convert_to((i.item || jsonb_build_object('pgn', i.pgn, 'names', '[]'::jsonb, 'sources', '[]'::jsonb))::text, 'UTF8')) END
        """;

    /// <summary>
    /// The item an event gives (its pupil's row, when that event is the pupil's latest), looked up per event by key: kept
    /// a subquery (<c>OFFSET 0</c>) so that the page is an ordered range read of the events that stops at the limit,
    /// not a join of every item and event of the gemeente (the planner cannot tell how few events are superseded).
    /// </summary>
    private const string Item = $"""
        SELECT {Body} AS body FROM feed_items i
        WHERE i.gemeente = e.gemeente AND i.pgn = e.pgn AND i.last_sequence = e.sequence OFFSET 0
        """;

    /// <summary>The events after a sequence with the items they give, in order, at most <c>$3</c>.</summary>
    private const string PageSql = $"""
        SELECT e.id, e.sequence, e.type, e.pgn, e.occurred_at, i.body
        FROM feed_events e CROSS JOIN LATERAL ({Item}) i
        WHERE e.gemeente = $1 AND e.sequence > $2
        ORDER BY e.sequence LIMIT $3
        """;

    /// <summary>
    /// A page of the feed as the answer's JSON (<see cref="FeedPage"/>), the stored items copied in as they are, with the
    /// pgns it gives (removals included). Not audited here: the caller audits what it sends.
    /// </summary>
    public async Task<FeedPageAnswer> ReadPageAsync(string gemeente, long afterSequence, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(PageSql, connection);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = gemeente, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = afterSequence });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = limit + 1 });
        await command.PrepareAsync(cancellationToken);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        // Sized for the page at once (stored items are about 1.6 kB): growing a buffer of this size copies it several
        // times over in the large-object heap.
        var output = new ArrayBufferWriter<byte>(Math.Max(4096, Math.Min(limit, 1000) * 2048));
        var pgns = new List<string>(Math.Min(limit, 128));
        var last = afterSequence;
        var hasMore = false;
        var body = ArrayPool<byte>.Shared.Rent(8192);
        try
        {
            await using var json = new Utf8JsonWriter(output);
            json.WriteStartObject();
            json.WriteStartArray("items");
            while (await reader.ReadAsync(cancellationToken))
            {
                if (pgns.Count == limit)
                {
                    hasMore = true;
                    break;
                }

                last = reader.GetInt64(1);
                var pgn = reader.GetString(3);
                pgns.Add(pgn);
                json.WriteStartObject();
                json.WriteString("eventId", reader.GetInt64(0).ToString(CultureInfo.InvariantCulture));
                json.WriteNumber("sequence", last);
                json.WriteString("type", reader.GetString(2));
                json.WriteString("pgn", pgn);
                json.WriteString("occurredAt", reader.GetFieldValue<DateTimeOffset>(4));
                if (!reader.IsDBNull(5))
                {
                    var length = (int)reader.GetBytes(5, 0, null, 0, 0);
                    if (length > body.Length)
                    {
                        ArrayPool<byte>.Shared.Return(body);
                        body = ArrayPool<byte>.Shared.Rent(length);
                    }

                    reader.GetBytes(5, 0, body, 0, length);
                    json.WritePropertyName("pupil");
                    json.WriteRawValue(body.AsSpan(0, length), skipInputValidation: true);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteString("nextCursor", FeedCursor.Encode(gemeente, last));
            json.WriteBoolean("hasMore", hasMore);
            json.WriteEndObject();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(body);
        }

        // Kept as written unless most of the buffer is empty (a short page at the head of the feed).
        var answer = output.WrittenCount < output.Capacity / 2 ? output.WrittenSpan.ToArray() : output.WrittenMemory;
        return new FeedPageAnswer(answer, [.. pgns]);
    }

    /// <summary>A page of the feed as objects (the webhooks' messages); not audited here.</summary>
    public async Task<FeedPage> PageAsync(string gemeente, long afterSequence, int limit, CancellationToken cancellationToken)
    {
        var items = new List<FeedEvent>();
        var hasMore = false;
        await using (var command = dataSource.CreateCommand(PageSql))
        {
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = gemeente, NpgsqlDbType = NpgsqlDbType.Text });
            command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = afterSequence });
            command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = limit + 1 });
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                if (items.Count == limit)
                {
                    hasMore = true;
                    break;
                }

                items.Add(new FeedEvent(
                    reader.GetInt64(0).ToString(CultureInfo.InvariantCulture), reader.GetInt64(1), reader.GetString(2), reader.GetString(3),
                    reader.GetFieldValue<DateTimeOffset>(4), reader.IsDBNull(5) ? null : Pupil(reader.GetFieldValue<byte[]>(5))));
            }
        }

        return new FeedPage(items, FeedCursor.Encode(gemeente, items.Count > 0 ? items[^1].Sequence : afterSequence), hasMore);
    }

    /// <summary>The current item of one pupil in the gemeente's feed; null when it is not in it.</summary>
    public async Task<FeedPupil?> PupilAsync(string gemeente, string pgn, CancellationToken cancellationToken)
    {
        var items = await CurrentAsync(gemeente, pgn, cancellationToken);
        return items.Count == 1 ? items[0] : null;
    }

    /// <summary>Every pupil in the gemeente's feed now, by pgn.</summary>
    public Task<IReadOnlyList<FeedPupil>> AllAsync(string gemeente, CancellationToken cancellationToken) =>
        CurrentAsync(gemeente, null, cancellationToken);

    /// <summary>Whether the pupil is in another gemeente's feed now (to audit an attempt on it as refused).</summary>
    public async Task<bool> InOtherFeedAsync(string gemeente, string pgn, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT EXISTS (SELECT 1 FROM feed_items WHERE pgn = $1 AND gemeente <> $2 AND present)");
        command.Parameters.Add(new NpgsqlParameter { Value = pgn });
        command.Parameters.Add(new NpgsqlParameter { Value = gemeente });
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private async Task<IReadOnlyList<FeedPupil>> CurrentAsync(string gemeente, string? pgn, CancellationToken cancellationToken)
    {
        var items = new List<FeedPupil>();
        await using var command = dataSource.CreateCommand($"""
            SELECT {Body} FROM feed_items i WHERE i.gemeente = $1 AND i.present AND ($2::text IS NULL OR i.pgn = $2) ORDER BY i.pgn
            """);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = gemeente, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)pgn ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            items.Add(Pupil(reader.GetFieldValue<byte[]>(0)));
        }

        return items;
    }

    private static FeedPupil Pupil(byte[] body) =>
        JsonSerializer.Deserialize<FeedPupil>(body, Json) ?? throw new InvalidOperationException("A stored feed item is not a pupil.");
}

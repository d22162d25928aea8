using Npgsql;

namespace Thuiszitters.Gateway.Feed;

/// <summary>
/// Appends, inside a reconciliation's transaction, one feed event per pupil whose feed item changed, per gemeente: set
/// based, a fixed number of statements per run whatever its size.
/// </summary>
/// <remarks>
/// <para>A pupil is in a gemeente's feed when the run gives it a PGN, that gemeente as woongemeente, a status other than
/// <c>NO_DUTY</c>, and a status other than <c>ATTENDING</c> or an open (or acknowledged) conflict. Its item is built
/// whole in SQL (<see cref="FeedItemSql"/>): the reconciled part (status, since, band, schools, woongemeente, open
/// conflicts) as jsonb, the names and birth dates as the sources give them, and every fact with source, file, line and
/// receipt time. The names and sources are kept per pupil in <c>feed_provenance</c> with the fingerprint of the fact rows
/// they came from (<c>pupil_states.facts_hash</c>, <see cref="Reconciliation.Facts.PersonFacts.FactsHash"/>) and built again
/// only for the pupils whose fingerprint differs (<c>feed_stale</c>): a row added, replaced by a newer export or batch,
/// superseded or removed. A run whose facts did not change (a full run on the next day) compares the reconciled parts
/// only, and builds whole items only for the pupils whose part or provenance changed. A pupil who leaves every feed (a
/// removal, not a move) takes its names and sources with it. <c>feed_items</c> keeps it per (gemeente, pgn) as UTF-8 JSON ready to send, with a hash (MD5) of the
/// reconciled part and the names. A new or different hash is an <c>upsert</c>, a present item the run no longer gives is
/// a <c>removal</c> (a move from A to B is both: a removal in A, an upsert in B). An item whose hash is the same but whose
/// provenance differs (a new export of the same facts: other file, line, receipt time) is stored again in place
/// without an event. An incremental run compares only the persons it reconciled again (<c>tz_keys</c>): no other state,
/// conflict or fact changes in it.</para>
/// <para>Sequences are dense per gemeente and ordered by commit: the caller holds the transaction-level advisory lock
/// <see cref="LockKey"/> (<see cref="Reconciliation.Persistence.StoreSession.CompleteAsync"/> takes it), which makes concurrent
/// runs take their turn from the comparison to the commit (so the second compares against what the first committed), and
/// each gemeente's counter row in <c>feed_gemeenten</c> is bumped by the number of its changes in the same statement
/// that numbers them. A run that rolls back takes its numbers with it.</para>
/// <para>Every run notifies <see cref="FeedPageCache.Channel"/> in its transaction: on commit, the gateways drop the pages
/// they keep (a run may change any page: new events, superseded ones, items stored again).</para>
/// </remarks>
internal static class FeedChangeLog
{
    /// <summary>The advisory lock key of the change log ("feed" in ASCII), held by the caller of <see cref="AppendAsync"/>.</summary>
    internal const long LockKey = 0x66656564;

    /// <summary>The start of a whole item's JSON (a brace the interpolated SQL cannot hold literally).</summary>
    private const string ItemStart = "{\"pgn\": ";

    /// <param name="connection">The run's connection.</param>
    /// <param name="transaction">The run's transaction, holding the lock <see cref="LockKey"/>; the events commit with the states and conflicts.</param>
    /// <param name="runId">The run (stored with each event).</param>
    /// <param name="now">When the run started: each event's <c>occurredAt</c>.</param>
    /// <param name="keysSql">null for a full run; else a subquery of the person keys reconciled again.</param>
    /// <param name="clock">Times the step for <c>feed_run_logs</c>.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    public static async Task<FeedRunSummary> AppendAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, long runId, DateTimeOffset now, string? keysSql, TimeProvider clock, CancellationToken cancellationToken)
    {
        var started = clock.GetTimestamp();
        var states = keysSql is null ? "" : $"AND p.person_key IN {keysSql}";
        var items = keysSql is null ? "" : $"AND i.pgn IN {keysSql}";
        const string OpenConflicts = """
            jsonb_agg(jsonb_build_object('code', c.code, 'school', c.school, 'date', c.anchor_date, 'acts', c.acts, 'dueDate', c.due_date)
              ORDER BY c.code, c.school, c.anchor_date) AS conflicts
            """;
        // A full run aggregates every open conflict once and joins it by hash. An incremental run's few thousand persons
        // are looked up by key with hash and merge joins off (hashing 26,000 keys against every state took 0.6 s of a
        // national weekly delta), so each one probes its own conflicts: joined to the aggregate of all of them instead,
        // a nested loop compared 22,000 states with each aggregated pupil (1.1 s nationally). The probe names the
        // collation of conflicts.pgn (the database's default; pupil_states.pgn is "C"): without it the index on
        // conflicts.pgn does not apply and every probe reads all conflicts. The same settings hold
        // while the new items are compared with feed_items by key (hashing all 53,000 items and their bodies took 0.6 s),
        // but not for the removals: feed_items has no index by pgn alone, so those are found by hash as before.
        var probe = keysSql is null ? "" : FeedItemSql.IndexProbesOnly;
        var (withConflicts, joinConflicts) = keysSql is null
            ? ($"WITH oc AS (SELECT c.pgn, {OpenConflicts} FROM conflicts c WHERE c.state IN ('OPEN', 'ACKNOWLEDGED') AND c.pgn IS NOT NULL GROUP BY c.pgn)",
                "LEFT JOIN oc ON oc.pgn = p.pgn")
            : ("", $"LEFT JOIN LATERAL (SELECT c.pgn, {OpenConflicts} FROM conflicts c WHERE c.pgn = p.pgn COLLATE \"default\" AND c.state IN ('OPEN', 'ACKNOWLEDGED') GROUP BY c.pgn) oc ON true");
        var keyIndexes = keysSql is null ? "" : "CREATE INDEX ON feed_stale (pgn);";
        var resetProbe = keysSql is null ? "" : "RESET enable_hashjoin; RESET enable_mergejoin;";
        await using (var command = new NpgsqlCommand($"""
            NOTIFY {FeedPageCache.Channel};
            {probe}
            CREATE TEMP TABLE feed_core ON COMMIT DROP AS
            {withConflicts}
            SELECT p.gemeente COLLATE "C" AS gemeente, p.pgn COLLATE "C" AS pgn,
              jsonb_build_object('status', p.status, 'since', p.since, 'band', p.band, 'woongemeente', p.gemeente,
                'schools', to_jsonb(p.schools), 'openConflicts', coalesce(oc.conflicts, '[]'::jsonb)) AS item,
              p.facts_hash
            FROM pupil_states p
            {joinConflicts}
            WHERE p.pgn IS NOT NULL AND p.gemeente IS NOT NULL AND p.status <> 'NO_DUTY' AND (p.status <> 'ATTENDING' OR oc.pgn IS NOT NULL) {states};
            ANALYZE feed_core;
            CREATE TEMP TABLE feed_stale ON COMMIT DROP AS
            SELECT k.pgn, k.facts_hash FROM feed_core k
            WHERE NOT EXISTS (SELECT 1 FROM feed_provenance f WHERE f.pgn = k.pgn AND f.facts_hash = k.facts_hash);
            ANALYZE feed_stale;
            {FeedItemSql.Materialise}
            {probe}
            {keyIndexes}
            CREATE TEMP TABLE feed_new ON COMMIT DROP AS
            SELECT k.gemeente, k.pgn, k.item, decode(md5(k.item::text || f.identity), 'hex') AS hash,
              convert_to('{ItemStart}' || to_json(k.pgn)::text || ', "names": ' || f.names || ', "sources": ' || f.sources
                || ', ' || substr(k.item::text, 2), 'UTF8') AS body
            FROM feed_core k JOIN feed_provenance f ON f.pgn = k.pgn
            WHERE EXISTS (SELECT 1 FROM feed_stale s WHERE s.pgn = k.pgn)
               OR NOT EXISTS (SELECT 1 FROM feed_items i WHERE i.gemeente = k.gemeente AND i.pgn = k.pgn AND i.present AND i.body IS NOT NULL AND i.item = k.item);
            CREATE TEMP TABLE feed_changes ON COMMIT DROP AS
            SELECT n.gemeente, n.pgn, 'upsert'::text AS type, n.item, n.hash, n.body FROM feed_new n
            WHERE NOT EXISTS (SELECT 1 FROM feed_items i WHERE i.gemeente = n.gemeente AND i.pgn = n.pgn AND i.present
                              AND (i.hash = n.hash OR (i.body IS NULL AND i.item = n.item)));
            {resetProbe}
            INSERT INTO feed_changes
            SELECT i.gemeente, i.pgn, 'removal', NULL::jsonb, NULL::bytea, NULL::bytea FROM feed_items i
            WHERE i.present {items} AND NOT EXISTS (SELECT 1 FROM feed_core k WHERE k.gemeente = i.gemeente AND k.pgn = i.pgn);
            WITH counts AS (SELECT gemeente, count(*) AS n FROM feed_changes GROUP BY gemeente),
            bumped AS (
              INSERT INTO feed_gemeenten AS g (gemeente, last_sequence) SELECT gemeente, n FROM counts ORDER BY gemeente
              ON CONFLICT (gemeente) DO UPDATE SET last_sequence = g.last_sequence + EXCLUDED.last_sequence
              RETURNING g.gemeente, g.last_sequence),
            events AS (
              INSERT INTO feed_events (gemeente, sequence, pgn, type, run_id, occurred_at)
              SELECT c.gemeente, b.last_sequence - k.n + row_number() OVER (PARTITION BY c.gemeente ORDER BY c.pgn), c.pgn, c.type, @run, @now
              FROM feed_changes c JOIN counts k USING (gemeente) JOIN bumped b USING (gemeente)
              RETURNING gemeente, pgn, sequence)
            INSERT INTO feed_items AS i (gemeente, pgn, present, hash, item, body, last_sequence, changed_at)
            SELECT c.gemeente, c.pgn, c.type = 'upsert', c.hash, c.item, c.body, e.sequence, @now FROM feed_changes c JOIN events e USING (gemeente, pgn)
            ON CONFLICT (gemeente, pgn) DO UPDATE SET present = EXCLUDED.present, hash = EXCLUDED.hash, item = EXCLUDED.item, body = EXCLUDED.body,
              last_sequence = EXCLUDED.last_sequence, changed_at = EXCLUDED.changed_at;
            """, connection, transaction))
        {
            command.Parameters.AddWithValue("run", runId);
            command.Parameters.AddWithValue("now", now);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        // The same item with other provenance (a new file, line or receipt time) or written before items were stored whole:
        // stored again in place, no event. Its latest event now gives the current item.
        int refreshes;
        await using (var refresh = new NpgsqlCommand("""
            UPDATE feed_items i SET body = n.body, hash = n.hash FROM feed_new n
            WHERE i.gemeente = n.gemeente AND i.pgn = n.pgn AND i.present AND (i.body IS DISTINCT FROM n.body OR i.hash <> n.hash)
            """, connection, transaction))
        {
            refreshes = await refresh.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var summary = new NpgsqlCommand($"""
            INSERT INTO feed_run_logs (run_id, upserts, removals, refreshes, rebuilt, milliseconds)
            SELECT @run, count(*) FILTER (WHERE type = 'upsert'), count(*) FILTER (WHERE type = 'removal'), @refreshes,
              (SELECT count(*) FROM feed_stale), @ms FROM feed_changes
            RETURNING upserts, removals;
            DELETE FROM feed_provenance f USING feed_changes c
            WHERE c.type = 'removal' AND f.pgn = c.pgn AND NOT EXISTS (SELECT 1 FROM feed_core k WHERE k.pgn = c.pgn);
            DROP TABLE feed_new, feed_changes;
            {FeedItemSql.Drop}
            """, connection, transaction))
        {
            summary.Parameters.AddWithValue("run", runId);
            summary.Parameters.AddWithValue("refreshes", refreshes);
            summary.Parameters.AddWithValue("ms", (int)clock.GetElapsedTime(started).TotalMilliseconds);
            await using var reader = await summary.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            return new FeedRunSummary(reader.GetInt32(0), reader.GetInt32(1));
        }
    }
}

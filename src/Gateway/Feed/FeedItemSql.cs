namespace Thuiszitters.Gateway.Feed;

/// <summary>
/// The SQL that builds the provenance of feed items, set based, for the pupils in the temp table <c>feed_stale</c>: the names and birth dates as each source gives them and every fact with its source, file,
/// line and receipt time, over the current deliveries (a school's latest export, a gemeente's latest BRP extract, ROD's
/// applied batches). Absence days are summed per school, code and file (days, hours, first and last date, the lines
/// they are on): a long absence would otherwise fill an item with one source per day.
/// </summary>
internal static class FeedItemSql
{
    /// <summary>
    /// For the pupils in <c>feed_stale</c> (pgn, facts_hash): fills <c>feed_ids</c> (each pupil's identifiers: the pgn and
    /// the onderwijsnummers whose latest DUO link is to it, the link the reconciliation follows, so that a pupil shows only
    /// rows its <c>facts_hash</c> counts), then <c>feed_names</c> and <c>feed_sources</c> (per pgn a JSON array each as
    /// text, and the names without file and line: what decides an event), and stores them in <c>feed_provenance</c>.
    /// </summary>
    /// <remarks>
    /// Every fact table is probed by index per identifier, never read whole: a run builds a few percent of the register at
    /// most (the first run every feed pupil, about 2% of the pupils nationally; later runs those whose fact rows changed),
    /// and hash joins over tables of millions of rows cost a multiple of that (measured on the national register: the names
    /// 8.1 s by hash join, 3.2 s by index). The planner does not see that from its estimates, so hash and merge joins are
    /// off while these statements run. Absence runs are read from <c>absence_runs</c> (not the day-per-row view), each
    /// identifier by its own index (not one OR), and summed per school, code and delivery before the delivery is joined.
    /// </remarks>
    public const string Materialise = $"""
        {IndexProbesOnly}
        CREATE TEMP TABLE feed_ids ON COMMIT DROP AS
        SELECT pgn, pgn AS id FROM feed_stale
        UNION SELECT l.bsn, l.onderwijsnummer FROM pgn_links l JOIN feed_stale n ON n.pgn = l.bsn
        WHERE NOT EXISTS (SELECT 1 FROM pgn_links m WHERE m.onderwijsnummer = l.onderwijsnummer AND (m.delivery_id, m.line) > (l.delivery_id, l.line));
        CREATE INDEX ON feed_ids (id);
        ANALYZE feed_ids;
        CREATE TEMP TABLE feed_names ON COMMIT DROP AS
        SELECT x.pgn,
          json_agg(json_build_object('source', x.source, 'surname', x.achternaam, 'prefix', x.voorvoegsel, 'givenNames', x.voornamen,
            'birthDate', x.birth_date, 'file', x.file_name, 'line', x.line) ORDER BY x.source, x.file_name, x.line)::text AS names,
          json_agg(json_build_array(x.source, x.achternaam, x.voorvoegsel, x.voornamen, x.birth_date)
            ORDER BY x.source, x.achternaam, x.voorvoegsel, x.voornamen, x.birth_date)::text AS identity
        FROM (
          SELECT n.pgn, n.source, n.achternaam, n.voorvoegsel, n.voornamen, n.file_name, n.line,
            CASE WHEN n.birth_year IS NULL THEN NULL
                 WHEN n.birth_month IS NULL THEN lpad(n.birth_year::text, 4, '0')
                 WHEN n.birth_day IS NULL THEN lpad(n.birth_year::text, 4, '0') || '-' || lpad(n.birth_month::text, 2, '0')
                 ELSE lpad(n.birth_year::text, 4, '0') || '-' || lpad(n.birth_month::text, 2, '0') || '-' || lpad(n.birth_day::text, 2, '0') END AS birth_date
          FROM (
            SELECT i.pgn, 'school' AS source, s.achternaam, s.voorvoegsel, s.voornamen, s.birth_year, s.birth_month, s.birth_day, d.file_name, s.line
              FROM feed_ids i JOIN school_pupils s ON s.bsn = i.id JOIN school_export_state c ON c.delivery_id = s.delivery_id JOIN deliveries d ON d.id = s.delivery_id
            UNION ALL
            SELECT i.pgn, 'school', s.achternaam, s.voorvoegsel, s.voornamen, s.birth_year, s.birth_month, s.birth_day, d.file_name, s.line
              FROM feed_ids i JOIN school_pupils s ON s.onderwijsnummer = i.id AND s.bsn IS NULL JOIN school_export_state c ON c.delivery_id = s.delivery_id JOIN deliveries d ON d.id = s.delivery_id
            UNION ALL
            SELECT i.pgn, 'ROD', r.achternaam, r.voorvoegsel, r.voornamen, r.birth_year, r.birth_month, r.birth_day, d.file_name, r.line
              FROM feed_ids i JOIN rod_persons r ON r.pgn = i.id JOIN deliveries d ON d.id = r.delivery_id
            UNION ALL
            SELECT i.pgn, 'BRP', b.achternaam, b.voorvoegsel, b.voornamen, b.birth_year, b.birth_month, b.birth_day, d.file_name, b.line
              FROM feed_ids i JOIN residents b ON b.bsn = i.id JOIN brp_state c ON c.delivery_id = b.delivery_id JOIN deliveries d ON d.id = b.delivery_id
          ) n
        ) x
        GROUP BY x.pgn;
        CREATE TEMP TABLE feed_sources ON COMMIT DROP AS
        SELECT s.pgn, json_agg(json_build_object('fact', s.fact, 'source', s.source, 'detail', s.detail, 'file', s.file_name, 'line', s.line,
            'received', to_char(s.received_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"+00:00"')) ORDER BY s.file_name, s.line, s.fact, s.detail)::text AS sources
        FROM (
          SELECT i.pgn, 'INSCHRIJVING' AS fact, 'school' AS source, s.school || ' ' || s.begin_date || ' t/m ' || coalesce(s.end_date::text, 'heden') AS detail, d.file_name, s.line, d.received_at
            FROM feed_ids i JOIN school_pupils s ON s.bsn = i.id JOIN school_export_state c ON c.delivery_id = s.delivery_id JOIN deliveries d ON d.id = s.delivery_id
          UNION ALL
          SELECT i.pgn, 'INSCHRIJVING', 'school', s.school || ' ' || s.begin_date || ' t/m ' || coalesce(s.end_date::text, 'heden'), d.file_name, s.line, d.received_at
            FROM feed_ids i JOIN school_pupils s ON s.onderwijsnummer = i.id AND s.bsn IS NULL JOIN school_export_state c ON c.delivery_id = s.delivery_id JOIN deliveries d ON d.id = s.delivery_id
          UNION ALL
          SELECT i.pgn, 'INSCHRIJVING', 'ROD', r.school || ' ' || r.begin_date || ' t/m ' || coalesce(r.end_date::text, 'heden'), d.file_name, r.line, d.received_at
            FROM feed_ids i JOIN rod_enrolments r ON r.pgn = i.id JOIN deliveries d ON d.id = r.delivery_id
          UNION ALL
          SELECT a.pgn, 'VERZUIM', 'school', a.school || ' ' || a.code || ' ' || a.days || ' dagen, ' || a.hours || ' uur, ' || a.first_date || ' t/m ' || a.last_date
              || ' (regels ' || a.first_line || '-' || a.last_line || ')', d.file_name, a.first_line, d.received_at
            FROM (
              SELECT r.pgn, r.school, r.delivery_id,
                (ARRAY['ZIEK', 'GEOORLOOFD', 'ONGEOORLOOFD', 'LUXE', 'SCHORSING', 'VERLOF_11F', 'VERLOF_11G'])[x.code + 1] AS code,
                count(*) AS days, sum(x.hours) AS hours, min(x.date) AS first_date, max(x.date) AS last_date,
                min(r.line + x.i - 1) AS first_line, max(r.line + x.i - 1) AS last_line
              FROM (
                SELECT i.pgn, a.school, a.delivery_id, a.line, a.dates, a.hours, a.codes
                  FROM feed_ids i JOIN absence_runs a ON a.bsn = i.id
                UNION ALL
                SELECT i.pgn, a.school, a.delivery_id, a.line, a.dates, a.hours, a.codes
                  FROM feed_ids i JOIN absence_runs a ON a.onderwijsnummer = i.id AND a.bsn IS NULL
              ) r
              JOIN school_export_state c ON c.delivery_id = r.delivery_id
              CROSS JOIN LATERAL unnest(r.dates, r.hours, r.codes) WITH ORDINALITY AS x(date, hours, code, i)
              GROUP BY r.pgn, r.school, r.delivery_id, x.code
            ) a JOIN deliveries d ON d.id = a.delivery_id
          UNION ALL
          SELECT i.pgn, 'VERZUIMMELDING', 'ROD', v.soort || ' ' || v.school || ' ' || v.begin_date || ' t/m ' || coalesce(v.end_date::text, 'heden') || ' status ' || v.status, d.file_name, v.line, d.received_at
            FROM feed_ids i JOIN verzuimmeldingen v ON v.pgn = i.id JOIN deliveries d ON d.id = v.delivery_id
          UNION ALL
          SELECT i.pgn, 'VRIJSTELLING', 'ROD', 'artikel ' || x.artikel || ' ' || x.begin_date || ' t/m ' || coalesce(x.end_date::text, 'open'), d.file_name, x.line, d.received_at
            FROM feed_ids i JOIN vrijstellingen x ON x.pgn = i.id JOIN deliveries d ON d.id = x.delivery_id
          UNION ALL
          SELECT t.pgn, 'THUISZITTERSREGISTRATIE', 'school', t.school || ' vanaf ' || t.start_date || ' plan ' || CASE WHEN t.plan THEN 'ja' ELSE 'nee' END, d.file_name, t.line, d.received_at
            FROM (
              SELECT i.pgn, t.school, t.start_date, t.plan, t.line, t.delivery_id FROM feed_ids i JOIN thuiszitter_registrations t ON t.bsn = i.id
              UNION ALL
              SELECT i.pgn, t.school, t.start_date, t.plan, t.line, t.delivery_id FROM feed_ids i JOIN thuiszitter_registrations t ON t.onderwijsnummer = i.id AND t.bsn IS NULL
            ) t JOIN school_export_state c ON c.delivery_id = t.delivery_id JOIN deliveries d ON d.id = t.delivery_id
          UNION ALL
          SELECT i.pgn, 'INWONER', 'BRP', b.gemeente || ' gevestigd ' || coalesce(b.datum_vestiging::text, '?'), d.file_name, b.line, d.received_at
            FROM feed_ids i JOIN residents b ON b.bsn = i.id JOIN brp_state c ON c.delivery_id = b.delivery_id JOIN deliveries d ON d.id = b.delivery_id
        ) s
        GROUP BY s.pgn;
        RESET enable_hashjoin;
        RESET enable_mergejoin;
        INSERT INTO feed_provenance AS f (pgn, facts_hash, names, identity, sources)
        SELECT s.pgn, s.facts_hash, coalesce(m.names, '[]'), coalesce(m.identity, '[]'), coalesce(x.sources, '[]')
        FROM feed_stale s LEFT JOIN feed_names m ON m.pgn = s.pgn LEFT JOIN feed_sources x ON x.pgn = s.pgn
        ON CONFLICT (pgn) DO UPDATE SET facts_hash = EXCLUDED.facts_hash, names = EXCLUDED.names, identity = EXCLUDED.identity, sources = EXCLUDED.sources;
        """;

    /// <summary>Hash and merge joins off for the rest of the transaction, or until <c>RESET</c> (which <see cref="Materialise"/> does at its end).</summary>
    public const string IndexProbesOnly = "SET LOCAL enable_hashjoin = off; SET LOCAL enable_mergejoin = off;";

    public const string Drop = "DROP TABLE feed_core, feed_stale, feed_ids, feed_names, feed_sources";
}

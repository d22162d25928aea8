namespace Thuiszitters.Gateway.Feed;

/// <summary>
/// The SQL that builds whole feed items, set based, for the pupils in the temp table <c>feed_core</c> (gemeente, pgn, the
/// reconciled part as jsonb): the names and birth dates as each source gives them and every fact with its source, file,
/// line and receipt time, over the current deliveries (a school's latest export, a gemeente's latest BRP extract, ROD's
/// applied batches). Absence days are summed per school, code and file (days, hours, first and last date, the lines
/// they are on): a long absence would otherwise fill an item with one source per day.
/// </summary>
internal static class FeedItemSql
{
    /// <summary>
    /// Fills <c>feed_ids</c> (each pupil's identifiers: the pgn and the onderwijsnummers DUO linked to it), then
    /// <c>feed_names</c> and <c>feed_sources</c> (per pgn a JSON array each as text, and the names without file and line:
    /// what decides an event), and from them <c>feed_new</c>: per pupil the reconciled part, the hash that decides an event (of
    /// the reconciled part and the names) and the whole item, ready to send as UTF-8 JSON.
    /// </summary>
    public const string Materialise = """
        CREATE TEMP TABLE feed_ids ON COMMIT DROP AS
        SELECT pgn, pgn AS id FROM feed_core
        UNION SELECT l.bsn, l.onderwijsnummer FROM pgn_links l JOIN feed_core n ON n.pgn = l.bsn;
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
          SELECT i.pgn, 'VERZUIM', 'school', a.school || ' ' || a.code || ' ' || count(*) || ' dagen, ' || sum(a.hours) || ' uur, ' || min(a.date) || ' t/m ' || max(a.date)
              || ' (regels ' || min(a.line) || '-' || max(a.line) || ')', d.file_name, min(a.line), d.received_at
            FROM feed_ids i JOIN absence_days a ON a.bsn = i.id OR (a.onderwijsnummer = i.id AND a.bsn IS NULL)
              JOIN school_export_state c ON c.delivery_id = a.delivery_id JOIN deliveries d ON d.id = a.delivery_id
            GROUP BY i.pgn, a.school, a.code, d.file_name, d.received_at
          UNION ALL
          SELECT i.pgn, 'VERZUIMMELDING', 'ROD', v.soort || ' ' || v.school || ' ' || v.begin_date || ' t/m ' || coalesce(v.end_date::text, 'heden') || ' status ' || v.status, d.file_name, v.line, d.received_at
            FROM feed_ids i JOIN verzuimmeldingen v ON v.pgn = i.id JOIN deliveries d ON d.id = v.delivery_id
          UNION ALL
          SELECT i.pgn, 'VRIJSTELLING', 'ROD', 'artikel ' || x.artikel || ' ' || x.begin_date || ' t/m ' || coalesce(x.end_date::text, 'open'), d.file_name, x.line, d.received_at
            FROM feed_ids i JOIN vrijstellingen x ON x.pgn = i.id JOIN deliveries d ON d.id = x.delivery_id
          UNION ALL
          SELECT i.pgn, 'THUISZITTERSREGISTRATIE', 'school', t.school || ' vanaf ' || t.start_date || ' plan ' || CASE WHEN t.plan THEN 'ja' ELSE 'nee' END, d.file_name, t.line, d.received_at
            FROM feed_ids i JOIN thuiszitter_registrations t ON t.bsn = i.id OR (t.onderwijsnummer = i.id AND t.bsn IS NULL) JOIN school_export_state c ON c.delivery_id = t.delivery_id JOIN deliveries d ON d.id = t.delivery_id
          UNION ALL
          SELECT i.pgn, 'INWONER', 'BRP', b.gemeente || ' gevestigd ' || coalesce(b.datum_vestiging::text, '?'), d.file_name, b.line, d.received_at
            FROM feed_ids i JOIN residents b ON b.bsn = i.id JOIN brp_state c ON c.delivery_id = b.delivery_id JOIN deliveries d ON d.id = b.delivery_id
        ) s
        GROUP BY s.pgn;
        ANALYZE feed_names;
        ANALYZE feed_sources;
        CREATE TEMP TABLE feed_new ON COMMIT DROP AS
        SELECT k.gemeente, k.pgn, k.item, decode(md5(k.item::text || coalesce(m.identity, '[]')), 'hex') AS hash,
          convert_to('{"pgn": ' || to_json(k.pgn)::text || ', "names": ' || coalesce(m.names, '[]') || ', "sources": ' || coalesce(s.sources, '[]')
            || ', ' || substr(k.item::text, 2), 'UTF8') AS body
        FROM feed_core k LEFT JOIN feed_names m ON m.pgn = k.pgn LEFT JOIN feed_sources s ON s.pgn = k.pgn;
        """;

    public const string Drop = "DROP TABLE feed_core, feed_ids, feed_names, feed_sources";
}

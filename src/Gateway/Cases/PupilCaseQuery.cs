using Npgsql;
using NpgsqlTypes;
using Thuiszitters.Gateway.Security;

namespace Thuiszitters.Gateway.Cases;

/// <summary>
/// One pupil's page within the caller's scope (<see cref="PupilScope"/>): the case row, the conflicts, and the whole
/// timeline from every current source with file, line and receipt time. Null when the pupil is unknown or out of scope.
/// </summary>
internal sealed class PupilCaseQuery(NpgsqlDataSource dataSource, CaseIndex index)
{
    private const string AbsenceCodeNames = "(ARRAY['ZIEK','GEOORLOOFD','ONGEOORLOOFD','LUXE','SCHORSING','VERLOF_11F','VERLOF_11G'])";

    private const string TimelineSql = $"""
        WITH ids AS (SELECT @pgn::text AS id WHERE @pgn::text IS NOT NULL UNION SELECT onderwijsnummer FROM pgn_links WHERE bsn = @pgn),
             own AS (SELECT ARRAY(SELECT id FROM ids) AS ids)
        SELECT s.begin_date, s.end_date, 'INSCHRIJVING', 'school',
               'ingeschreven op ' || s.school || coalesce(', reden uitschrijving ' || s.reason, '') || coalesce(', naar ' || s.destination, ''),
               d.file_name, s.line, d.received_at
          FROM own, school_pupils s JOIN school_export_state x ON x.delivery_id = s.delivery_id JOIN deliveries d ON d.id = s.delivery_id
          WHERE s.bsn = ANY(own.ids) OR s.onderwijsnummer = ANY(own.ids) OR (s.school = @local_school AND s.source_key = @local_key)
        UNION ALL
        SELECT r.begin_date, r.end_date, 'INSCHRIJVING', 'ROD', 'ingeschreven op ' || r.school || ' (' || r.sector || ')', d.file_name, r.line, d.received_at
          FROM own, rod_enrolments r JOIN deliveries d ON d.id = r.delivery_id WHERE r.pgn = ANY(own.ids)
        UNION ALL
        SELECT a.dates[1], a.dates[cardinality(a.dates)], 'VERZUIM', 'school',
               a.school || ': ' || cardinality(a.dates) || ' dag(en), ' || (SELECT sum(h) FROM unnest(a.hours) h) || ' uur ('
                 || (SELECT string_agg(z.code || ' ' || z.n, ', ' ORDER BY z.code) FROM (SELECT {AbsenceCodeNames}[c + 1] AS code, count(*) AS n FROM unnest(a.codes) c GROUP BY 1) z) || ')',
               d.file_name, a.line, d.received_at
          FROM own, absence_runs a JOIN school_export_state x ON x.delivery_id = a.delivery_id JOIN deliveries d ON d.id = a.delivery_id
          WHERE a.bsn = ANY(own.ids) OR a.onderwijsnummer = ANY(own.ids) OR (a.school = @local_school AND a.stamnummer = @local_key)
        UNION ALL
        SELECT v.begin_date, v.end_date, 'VERZUIMMELDING', 'ROD',
               v.soort || ' van ' || v.school || ', status ' || v.status || coalesce(', reden ingetrokken ' || v.reden_ingetrokken, ''),
               d.file_name, v.line, d.received_at
          FROM own, verzuimmeldingen v JOIN deliveries d ON d.id = v.delivery_id WHERE v.pgn = ANY(own.ids)
        UNION ALL
        SELECT x.begin_date, x.end_date, 'VRIJSTELLING', 'ROD', 'artikel ' || x.artikel || coalesce(', gemeente ' || x.gemeente, ''), d.file_name, x.line, d.received_at
          FROM own, vrijstellingen x JOIN deliveries d ON d.id = x.delivery_id WHERE x.pgn = ANY(own.ids)
        UNION ALL
        SELECT t.start_date, t.end_date, 'THUISZITTERSREGISTRATIE', 'school',
               t.school || ': reden ' || t.reden || ', aanbod ' || CASE WHEN t.aanbod THEN 'ja' ELSE 'nee' END || ', plan ' || CASE WHEN t.plan THEN 'ja' ELSE 'nee' END
                 || ', regiehouder ' || coalesce(t.regiehouder, 'geen') || ', gemeld op ' || t.gemeld_op,
               d.file_name, t.line, d.received_at
          FROM own, thuiszitter_registrations t JOIN school_export_state x ON x.delivery_id = t.delivery_id JOIN deliveries d ON d.id = t.delivery_id
          WHERE t.bsn = ANY(own.ids) OR t.onderwijsnummer = ANY(own.ids)
        UNION ALL
        SELECT b.datum_vestiging, b.datum_vertrek, 'INWONER', 'BRP', 'inwoner van gemeente ' || b.gemeente, d.file_name, b.line, d.received_at
          FROM own, residents b JOIN brp_state x ON x.delivery_id = b.delivery_id JOIN deliveries d ON d.id = b.delivery_id WHERE b.bsn = ANY(own.ids)
        UNION ALL
        SELECT c.anchor_date, c.resolved_at::date, 'CONFLICT', 'gateway', c.code || coalesce(' (' || c.school || ')', '') || ': ' || c.detail, NULL, NULL, c.first_seen_at
          FROM conflicts c WHERE c.pgn = @pgn OR (@pgn::text IS NULL AND c.source_key = @key)
        UNION ALL
        SELECT e.at::date, NULL, 'CONFLICTHISTORIE', 'gateway', c.code || ': ' || e.action || ' door ' || e.actor || coalesce(' – ' || e.reason, ''), NULL, NULL, e.at
          FROM conflicts c JOIN conflict_events e ON e.conflict_id = c.id WHERE c.pgn = @pgn OR (@pgn::text IS NULL AND c.source_key = @key)
        ORDER BY 1 NULLS FIRST, 3, 5
        LIMIT 5000
        """;

    public async Task<PupilCase?> LoadAsync(Caller caller, string key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        await index.EnsureCurrentAsync(cancellationToken);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await CaseReadSettings.ApplyAsync(connection, cancellationToken);
        CaseListItem? pupil = null;
        (string? Sector, bool? Offer, string? School, DateOnly? ReportedOn, DateOnly AsOf) extra = default;
        await using (var command = new NpgsqlCommand($"""
            SELECT p.person_key, p.pgn, k.surname, k.prefix, k.given_names, k.birth_text,
                   CASE WHEN k.birth_date IS NULL THEN NULL ELSE extract(year FROM age(p.as_of, k.birth_date))::int END,
                   p.status, p.since, p.as_of - p.since, p.band, p.gemeente, p.schools, k.reason, k.plan, k.regiehouder,
                   k.sector, k.offer, k.registration_school, k.reported_on, p.as_of
            FROM pupil_states p LEFT JOIN case_people k ON k.person_key = p.person_key
            WHERE p.person_key = @key AND {PupilScope.Condition(caller)}
            """, connection))
        {
            command.Parameters.AddWithValue("key", key);
            AddScope(command, caller);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            if (await reader.ReadAsync(cancellationToken))
            {
                pupil = new CaseListItem(
                    reader.GetString(0), Text(reader, 1), CaseNames.Display(Text(reader, 2), Text(reader, 3), Text(reader, 4)), Text(reader, 5),
                    reader.IsDBNull(6) ? null : reader.GetInt32(6), reader.GetString(7),
                    reader.IsDBNull(8) ? null : reader.GetFieldValue<DateOnly>(8), reader.IsDBNull(9) ? null : reader.GetInt32(9),
                    Text(reader, 10), Text(reader, 11), reader.GetFieldValue<string[]>(12), Text(reader, 13),
                    reader.IsDBNull(14) ? null : reader.GetBoolean(14), Text(reader, 15), []);
                extra = (Text(reader, 16), reader.IsDBNull(17) ? null : reader.GetBoolean(17), Text(reader, 18),
                    reader.IsDBNull(19) ? null : reader.GetFieldValue<DateOnly>(19), reader.GetFieldValue<DateOnly>(20));
            }
        }

        if (pupil is null)
        {
            return null;
        }

        var conflicts = new List<CaseConflict>();
        await using (var command = new NpgsqlCommand("""
            SELECT id, code, school, anchor_date, state, acts, due_date, escalated, detail FROM conflicts
            WHERE pgn = @pgn OR (@pgn::text IS NULL AND source_key = @key) ORDER BY (state IN ('OPEN','ACKNOWLEDGED')) DESC, code, anchor_date
            """, connection))
        {
            command.Parameters.Add(new NpgsqlParameter("pgn", NpgsqlDbType.Text) { Value = (object?)pupil.Pgn ?? DBNull.Value });
            command.Parameters.AddWithValue("key", key);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                conflicts.Add(new CaseConflict(
                    reader.GetInt64(0), reader.GetString(1), Text(reader, 2), reader.IsDBNull(3) ? null : reader.GetFieldValue<DateOnly>(3),
                    reader.GetString(4), reader.GetString(5), reader.IsDBNull(6) ? null : reader.GetFieldValue<DateOnly>(6), reader.GetBoolean(7), reader.GetString(8)));
            }
        }

        var timeline = new List<TimelineEntry>();
        await using (var command = new NpgsqlCommand(TimelineSql, connection))
        {
            var slash = key.IndexOf('/', StringComparison.Ordinal);
            command.Parameters.Add(new NpgsqlParameter("pgn", NpgsqlDbType.Text) { Value = (object?)pupil.Pgn ?? DBNull.Value });
            command.Parameters.AddWithValue("key", key);
            command.Parameters.Add(new NpgsqlParameter("local_school", NpgsqlDbType.Text) { Value = pupil.Pgn is null && slash > 0 ? key[..slash] : DBNull.Value });
            command.Parameters.Add(new NpgsqlParameter("local_key", NpgsqlDbType.Text) { Value = pupil.Pgn is null && slash > 0 ? key[(slash + 1)..] : DBNull.Value });
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                timeline.Add(new TimelineEntry(
                    reader.IsDBNull(0) ? null : reader.GetFieldValue<DateOnly>(0), reader.IsDBNull(1) ? null : reader.GetFieldValue<DateOnly>(1),
                    reader.GetString(2), reader.GetString(3), reader.GetString(4), Text(reader, 5), reader.IsDBNull(6) ? null : reader.GetInt64(6),
                    reader.IsDBNull(7) ? null : reader.GetFieldValue<DateTimeOffset>(7)));
            }
        }

        var open = conflicts.Where(c => c.State is "OPEN" or "ACKNOWLEDGED").Select(c => c.Code).Order(StringComparer.Ordinal).ToList();
        return new PupilCase(pupil with { OpenConflicts = open }, extra.Sector, extra.Offer, extra.School, extra.ReportedOn, extra.AsOf, conflicts, timeline);
    }

    internal static void AddScope(NpgsqlCommand command, Caller caller)
    {
        command.Parameters.Add(new NpgsqlParameter("scope_org", NpgsqlDbType.Text) { Value = (object?)caller.Organisation ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("scope_schools", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = caller.Schools.ToArray() });
    }

    private static string? Text(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}

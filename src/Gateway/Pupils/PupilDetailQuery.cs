using Npgsql;
using Thuiszitters.Gateway.Security;

namespace Thuiszitters.Gateway.Pupils;

/// <summary>Reads one pupil, within the caller's scope, with conflicts and the facts behind them.</summary>
internal static class PupilDetailQuery
{
    /// <remarks>
    /// School and BRP rows count only from their owner's current delivery: a bulk ingest purges replaced ones late. The
    /// identifiers go in as an array so that each table is read through its identifier indexes, not scanned.
    /// </remarks>
    private const string FactsSql = """
        WITH ids AS (SELECT @pgn AS id UNION SELECT onderwijsnummer FROM pgn_links WHERE bsn = @pgn)
        SELECT 'INSCHRIJVING', 'school', s.school || ' ' || s.begin_date || ' t/m ' || coalesce(s.end_date::text, 'heden'), d.file_name, s.line
          FROM school_pupils s JOIN deliveries d ON d.id = s.delivery_id JOIN school_export_state c ON c.delivery_id = s.delivery_id WHERE s.bsn = ANY(ARRAY(SELECT id FROM ids)) OR s.onderwijsnummer = ANY(ARRAY(SELECT id FROM ids))
        UNION ALL
        SELECT 'INSCHRIJVING', 'ROD', r.school || ' ' || r.begin_date || ' t/m ' || coalesce(r.end_date::text, 'heden'), d.file_name, r.line
          FROM rod_enrolments r JOIN deliveries d ON d.id = r.delivery_id WHERE r.pgn = ANY(ARRAY(SELECT id FROM ids))
        UNION ALL
        SELECT 'VERZUIM', 'school', a.school || ' ' || a.date || ' ' || a.hours || ' uur ' || a.code, d.file_name, a.line
          FROM absence_days a JOIN deliveries d ON d.id = a.delivery_id JOIN school_export_state c ON c.delivery_id = a.delivery_id WHERE a.bsn = ANY(ARRAY(SELECT id FROM ids)) OR a.onderwijsnummer = ANY(ARRAY(SELECT id FROM ids))
        UNION ALL
        SELECT 'VERZUIMMELDING', 'ROD', v.soort || ' ' || v.school || ' ' || v.begin_date || ' t/m ' || coalesce(v.end_date::text, 'heden') || ' status ' || v.status, d.file_name, v.line
          FROM verzuimmeldingen v JOIN deliveries d ON d.id = v.delivery_id WHERE v.pgn = ANY(ARRAY(SELECT id FROM ids))
        UNION ALL
        SELECT 'VRIJSTELLING', 'ROD', 'artikel ' || x.artikel || ' ' || x.begin_date || ' t/m ' || coalesce(x.end_date::text, 'open'), d.file_name, x.line
          FROM vrijstellingen x JOIN deliveries d ON d.id = x.delivery_id WHERE x.pgn = ANY(ARRAY(SELECT id FROM ids))
        UNION ALL
        SELECT 'THUISZITTERSREGISTRATIE', 'school', t.school || ' vanaf ' || t.start_date || ' plan ' || CASE WHEN t.plan THEN 'ja' ELSE 'nee' END, d.file_name, t.line
          FROM thuiszitter_registrations t JOIN deliveries d ON d.id = t.delivery_id JOIN school_export_state c ON c.delivery_id = t.delivery_id WHERE t.bsn = ANY(ARRAY(SELECT id FROM ids)) OR t.onderwijsnummer = ANY(ARRAY(SELECT id FROM ids))
        UNION ALL
        SELECT 'INWONER', 'BRP', b.gemeente || ' gevestigd ' || coalesce(b.datum_vestiging::text, '?'), d.file_name, b.line
          FROM residents b JOIN deliveries d ON d.id = b.delivery_id JOIN brp_state c ON c.delivery_id = b.delivery_id WHERE b.bsn = @pgn
        ORDER BY 1, 3
        LIMIT 2000
        """;

    public static async Task<PupilDetail?> LoadAsync(NpgsqlDataSource dataSource, Caller caller, string pgn, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        PupilSummary? summary = null;
        await using (var command = new NpgsqlCommand($"""
            SELECT p.pgn, p.source_key, p.status, p.since, p.band, p.gemeente, p.schools
            FROM pupil_states p WHERE p.person_key = @pgn AND {PupilScope.Condition(caller)}
            """, connection))
        {
            command.Parameters.AddWithValue("pgn", pgn);
            PupilScope.Bind(command, caller);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            if (await reader.ReadAsync(cancellationToken))
            {
                summary = PupilSummary.Read(reader, 0);
            }
        }

        if (summary is null)
        {
            return null;
        }

        var conflicts = new List<PupilConflict>();
        await using (var command = new NpgsqlCommand("""
            SELECT id, code, school, anchor_date, state, acts, due_date, escalated, detail FROM conflicts
            WHERE pgn = @pgn OR source_key = @pgn ORDER BY state, code
            """, connection))
        {
            command.Parameters.AddWithValue("pgn", pgn);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                conflicts.Add(new PupilConflict(
                    reader.GetInt64(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2),
                    reader.IsDBNull(3) ? null : reader.GetFieldValue<DateOnly>(3), reader.GetString(4), reader.GetString(5),
                    reader.IsDBNull(6) ? null : reader.GetFieldValue<DateOnly>(6), reader.GetBoolean(7), reader.GetString(8)));
            }
        }

        var facts = new List<PupilFactLine>();
        await using (var command = new NpgsqlCommand(FactsSql, connection))
        {
            command.Parameters.AddWithValue("pgn", pgn);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                facts.Add(new PupilFactLine(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetInt64(4)));
            }
        }

        return new PupilDetail(summary with { OpenConflicts = conflicts.Count(c => c.State is "OPEN" or "ACKNOWLEDGED") }, conflicts, facts);
    }
}

using Npgsql;

namespace Thuiszitters.Gateway.Feed;

/// <summary>
/// The names and the facts with provenance of a page's pupils, in two set-based reads over the current deliveries (a
/// school's latest export, a gemeente's latest BRP extract, ROD's applied batches), whatever the page size. Absence
/// days are summed per school, code and file (days, hours, first and last date, the lines they are on): a long absence
/// would otherwise fill a page with one source row per day.
/// </summary>
internal static class FeedPupilFacts
{
    /// <summary>Each pupil's identifiers: the pgn and the onderwijsnummers DUO linked to it.</summary>
    private const string Ids = """
        WITH ids AS (SELECT p AS pgn, p AS id FROM unnest(@pgns::text[]) AS p
                     UNION SELECT l.bsn, l.onderwijsnummer FROM pgn_links l WHERE l.bsn = ANY(@pgns::text[]))
        """;

    private const string NamesSql = Ids + """
        SELECT i.pgn, 'school', s.achternaam, s.voorvoegsel, s.voornamen, s.birth_year, s.birth_month, s.birth_day, d.file_name, s.line
          FROM ids i JOIN school_pupils s ON s.bsn = i.id JOIN school_export_state c ON c.delivery_id = s.delivery_id JOIN deliveries d ON d.id = s.delivery_id
        UNION ALL
        SELECT i.pgn, 'school', s.achternaam, s.voorvoegsel, s.voornamen, s.birth_year, s.birth_month, s.birth_day, d.file_name, s.line
          FROM ids i JOIN school_pupils s ON s.onderwijsnummer = i.id AND s.bsn IS NULL JOIN school_export_state c ON c.delivery_id = s.delivery_id JOIN deliveries d ON d.id = s.delivery_id
        UNION ALL
        SELECT i.pgn, 'ROD', r.achternaam, r.voorvoegsel, r.voornamen, r.birth_year, r.birth_month, r.birth_day, d.file_name, r.line
          FROM ids i JOIN rod_persons r ON r.pgn = i.id JOIN deliveries d ON d.id = r.delivery_id
        UNION ALL
        SELECT i.pgn, 'BRP', b.achternaam, b.voorvoegsel, b.voornamen, b.birth_year, b.birth_month, b.birth_day, d.file_name, b.line
          FROM ids i JOIN residents b ON b.bsn = i.id JOIN brp_state c ON c.delivery_id = b.delivery_id JOIN deliveries d ON d.id = b.delivery_id
        ORDER BY 1, 2, 9, 10
        """;

    private const string SourcesSql = Ids + """
        SELECT i.pgn, 'INSCHRIJVING', 'school', s.school || ' ' || s.begin_date || ' t/m ' || coalesce(s.end_date::text, 'heden'), d.file_name, s.line, d.received_at
          FROM ids i JOIN school_pupils s ON s.bsn = i.id JOIN school_export_state c ON c.delivery_id = s.delivery_id JOIN deliveries d ON d.id = s.delivery_id
        UNION ALL
        SELECT i.pgn, 'INSCHRIJVING', 'school', s.school || ' ' || s.begin_date || ' t/m ' || coalesce(s.end_date::text, 'heden'), d.file_name, s.line, d.received_at
          FROM ids i JOIN school_pupils s ON s.onderwijsnummer = i.id AND s.bsn IS NULL JOIN school_export_state c ON c.delivery_id = s.delivery_id JOIN deliveries d ON d.id = s.delivery_id
        UNION ALL
        SELECT i.pgn, 'INSCHRIJVING', 'ROD', r.school || ' ' || r.begin_date || ' t/m ' || coalesce(r.end_date::text, 'heden'), d.file_name, r.line, d.received_at
          FROM ids i JOIN rod_enrolments r ON r.pgn = i.id JOIN deliveries d ON d.id = r.delivery_id
        UNION ALL
        SELECT i.pgn, 'VERZUIM', 'school', a.school || ' ' || a.code || ' ' || count(*) || ' dagen, ' || sum(a.hours) || ' uur, ' || min(a.date) || ' t/m ' || max(a.date)
            || ' (regels ' || min(a.line) || '-' || max(a.line) || ')', d.file_name, min(a.line), d.received_at
          FROM ids i JOIN absence_days a ON a.bsn = i.id OR (a.onderwijsnummer = i.id AND a.bsn IS NULL)
            JOIN school_export_state c ON c.delivery_id = a.delivery_id JOIN deliveries d ON d.id = a.delivery_id
          GROUP BY i.pgn, a.school, a.code, d.file_name, d.received_at
        UNION ALL
        SELECT i.pgn, 'VERZUIMMELDING', 'ROD', v.soort || ' ' || v.school || ' ' || v.begin_date || ' t/m ' || coalesce(v.end_date::text, 'heden') || ' status ' || v.status, d.file_name, v.line, d.received_at
          FROM ids i JOIN verzuimmeldingen v ON v.pgn = i.id JOIN deliveries d ON d.id = v.delivery_id
        UNION ALL
        SELECT i.pgn, 'VRIJSTELLING', 'ROD', 'artikel ' || x.artikel || ' ' || x.begin_date || ' t/m ' || coalesce(x.end_date::text, 'open'), d.file_name, x.line, d.received_at
          FROM ids i JOIN vrijstellingen x ON x.pgn = i.id JOIN deliveries d ON d.id = x.delivery_id
        UNION ALL
        SELECT i.pgn, 'THUISZITTERSREGISTRATIE', 'school', t.school || ' vanaf ' || t.start_date || ' plan ' || CASE WHEN t.plan THEN 'ja' ELSE 'nee' END, d.file_name, t.line, d.received_at
          FROM ids i JOIN thuiszitter_registrations t ON t.bsn = i.id OR (t.onderwijsnummer = i.id AND t.bsn IS NULL) JOIN school_export_state c ON c.delivery_id = t.delivery_id JOIN deliveries d ON d.id = t.delivery_id
        UNION ALL
        SELECT i.pgn, 'INWONER', 'BRP', b.gemeente || ' gevestigd ' || coalesce(b.datum_vestiging::text, '?'), d.file_name, b.line, d.received_at
          FROM ids i JOIN residents b ON b.bsn = i.id JOIN brp_state c ON c.delivery_id = b.delivery_id JOIN deliveries d ON d.id = b.delivery_id
        ORDER BY 1, 5, 6
        """;

    public static async Task<(ILookup<string, FeedName> Names, ILookup<string, FeedSource> Sources)> LoadAsync(
        NpgsqlConnection connection, IReadOnlyCollection<string> pgns, bool withSources, CancellationToken cancellationToken)
    {
        var names = new List<(string Pgn, FeedName Name)>();
        var sources = new List<(string Pgn, FeedSource Source)>();
        if (pgns.Count == 0)
        {
            return (names.ToLookup(n => n.Pgn, n => n.Name), sources.ToLookup(s => s.Pgn, s => s.Source));
        }

        var array = pgns.ToArray();
        await using (var command = new NpgsqlCommand(NamesSql, connection))
        {
            command.Parameters.AddWithValue("pgns", array);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                names.Add((reader.GetString(0), new FeedName(
                    reader.GetString(1), reader.GetString(2), Text(reader, 3), Text(reader, 4),
                    BirthDate(reader), reader.GetString(8), reader.GetInt64(9))));
            }
        }

        if (withSources)
        {
            await using var command = new NpgsqlCommand(SourcesSql, connection);
            command.Parameters.AddWithValue("pgns", array);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                sources.Add((reader.GetString(0), new FeedSource(
                    reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetInt64(5), reader.GetFieldValue<DateTimeOffset>(6))));
            }
        }

        return (names.ToLookup(n => n.Pgn, n => n.Name), sources.ToLookup(s => s.Pgn, s => s.Source));
    }

    private static string? Text(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static string? BirthDate(NpgsqlDataReader reader)
    {
        if (reader.IsDBNull(5))
        {
            return null;
        }

        var year = reader.GetInt32(5).ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
        if (reader.IsDBNull(6))
        {
            return year;
        }

        var month = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{year}-{reader.GetInt32(6):D2}");
        return reader.IsDBNull(7) ? month : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{month}-{reader.GetInt32(7):D2}");
    }
}

using Npgsql;

namespace Thuiszitters.Gateway.Reconciliation;

/// <summary>
/// Which identifiers an incremental run must read so that its result equals a full run's: the touched ones, their KOP
/// partners, every pupil of a school whose ROD coverage or export status changed, the pupils that records without a
/// PGN point to by stamnummer, and the look-alikes (same birth date and surname) before and after the change.
/// </summary>
internal static class IncrementalScope
{
    public static async Task<HashSet<string>> ExpandAsync(NpgsqlDataSource dataSource, IReadOnlyCollection<string> touched, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var planner = await IncrementalPlanner.ApplyAsync(connection, true, cancellationToken);
        var ids = new HashSet<string>(touched, StringComparer.Ordinal);
        var changed = new HashSet<string>(StringComparer.Ordinal);
        await AddAsync(connection, changed, $"""
            WITH now AS (
              SELECT school, bool_or(in_rod) AS in_rod, bool_or(exporting) AS exporting FROM (
                SELECT school, TRUE AS in_rod, FALSE AS exporting FROM ({FactQueries.RodSchools}) AS r
                UNION ALL SELECT school, FALSE, TRUE FROM school_export_state WHERE kind = 'PUPILS') AS x
              GROUP BY school)
            SELECT coalesce(now.school, was.school), NULL FROM now FULL JOIN region_schools was ON was.school = now.school
            WHERE was.school IS NULL OR now.school IS NULL OR was.in_rod <> now.in_rod OR was.exporting <> now.exporting
            """, null, cancellationToken);
        if (changed.Count > 0)
        {
            await AddAsync(connection, ids, """
                SELECT bsn, onderwijsnummer FROM school_pupils WHERE school = ANY(@ids)
                UNION ALL SELECT pgn, NULL FROM rod_enrolments WHERE school = ANY(@ids)
                UNION ALL SELECT bsn, onderwijsnummer FROM absence_days WHERE school = ANY(@ids)
                UNION ALL SELECT bsn, onderwijsnummer FROM thuiszitter_registrations WHERE school = ANY(@ids)
                UNION ALL SELECT pgn, NULL FROM verzuimmeldingen WHERE school = ANY(@ids)
                """, changed, cancellationToken);
        }

        // Absence rows without PGN are few, but column statistics cannot tell (bsn and onderwijsnummer are each often
        // null); the lateral subquery, kept apart by OFFSET 0, makes the planner look each pupil up in the
        // (school, source_key) index instead of hashing every school pupil.
        await AddAsync(connection, ids, """
            SELECT p.bsn, p.onderwijsnummer
            FROM (SELECT DISTINCT school, stamnummer FROM absence_days WHERE bsn IS NULL AND onderwijsnummer IS NULL) AS a
            CROSS JOIN LATERAL (
              SELECT p.bsn, p.onderwijsnummer FROM school_pupils p WHERE p.school = a.school AND p.source_key = a.stamnummer OFFSET 0) AS p
            """, null, cancellationToken);
        await using (var command = new NpgsqlCommand("""
            SELECT n1.person_key, n2.person_key FROM person_name_keys n1
            JOIN person_name_keys n2 USING (birth_year, birth_month, birth_day, surname)
            WHERE n1.person_key = ANY(@ids) AND n2.person_key <> n1.person_key
            """, connection))
        {
            command.Parameters.AddWithValue("ids", ids.ToArray());
            var alike = new List<string>();
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    if (Matters(reader.GetString(0), reader.GetString(1)))
                    {
                        alike.Add(reader.GetString(1));
                    }
                }
            }

            ids.UnionWith(alike);
        }
        await AddPartnersAsync(connection, ids, cancellationToken);
        return ids;
    }

    /// <summary>Persons that look like (same birth date and surname as) the persons and unidentified records just read.</summary>
    public static async Task<HashSet<string>> LookAlikesAsync(NpgsqlDataSource dataSource, RegisterFacts facts, HashSet<string> scope, CancellationToken cancellationToken)
    {
        // Records without a PGN are matched against every look-alike; a person with a PGN only pairs with an
        // onderwijsnummer-only person (POSSIBLE_DUPLICATE_PERSON), so a BSN person's BSN look-alikes do not matter.
        var keys = facts.NameKeys.Select(k => (Key: k, AnyMatters: IsOnderwijsnummerOnly(k.PersonKey)))
            .Concat(facts.UnidentifiedNameKeys.Select(k => (Key: k, AnyMatters: true)))
            .ToList();
        var found = new HashSet<string>(StringComparer.Ordinal);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var planner = await IncrementalPlanner.ApplyAsync(connection, true, cancellationToken);
        await using (var command = new NpgsqlCommand("""
            SELECT DISTINCT n.person_key, k.o FROM person_name_keys n
            JOIN unnest(@y, @m, @d, @s, @o) AS k(y, m, d, s, o) ON n.birth_year = k.y AND n.birth_month = k.m AND n.birth_day = k.d AND n.surname = k.s
            """, connection))
        {
            command.Parameters.AddWithValue("y", keys.Select(k => k.Key.BirthYear).ToArray());
            command.Parameters.AddWithValue("m", keys.Select(k => k.Key.BirthMonth).ToArray());
            command.Parameters.AddWithValue("d", keys.Select(k => k.Key.BirthDay).ToArray());
            command.Parameters.AddWithValue("s", keys.Select(k => k.Key.Surname).ToArray());
            command.Parameters.AddWithValue("o", keys.Select(k => k.AnyMatters).ToArray());
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var key = reader.GetString(0);
                if (!scope.Contains(key) && (reader.GetBoolean(1) || IsOnderwijsnummerOnly(key)))
                {
                    found.Add(key);
                }
            }
        }

        if (found.Count > 0)
        {
            found.UnionWith(scope);
            await AddPartnersAsync(connection, found, cancellationToken);
            found.ExceptWith(scope);
        }

        return found;
    }

    /// <summary>Whether a pair of look-alikes can matter: at least one of them is an onderwijsnummer-only person.</summary>
    private static bool Matters(string a, string b) => IsOnderwijsnummerOnly(a) || IsOnderwijsnummerOnly(b);

    /// <summary>A person keyed by an onderwijsnummer (no BSN linked by KOP); BSN-keyed persons fail the onderwijsnummer check.</summary>
    private static bool IsOnderwijsnummerOnly(string personKey) => RegisterFactsLoader.IsOnderwijsnummer(personKey);

    private static Task AddPartnersAsync(NpgsqlConnection connection, HashSet<string> ids, CancellationToken cancellationToken) =>
        AddAsync(connection, ids, "SELECT bsn, onderwijsnummer FROM pgn_links WHERE bsn = ANY(@ids) OR onderwijsnummer = ANY(@ids)", ids, cancellationToken);

    private static async Task AddAsync(NpgsqlConnection connection, HashSet<string> ids, string sql, HashSet<string>? parameter, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        if (parameter is not null)
        {
            command.Parameters.AddWithValue("ids", parameter.ToArray());
        }

        var found = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    if (!reader.IsDBNull(i))
                    {
                        found.Add(reader.GetString(i));
                    }
                }
            }
        }

        ids.UnionWith(found);
    }
}

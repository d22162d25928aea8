using Npgsql;
using Thuiszitters.Gateway.Register;
using Thuiszitters.Gateway.Reconciliation.Identity;

namespace Thuiszitters.Gateway.Reconciliation.Reading;

/// <summary>
/// Which identifiers an incremental run must read so that its result equals a full run's: the touched ones, their KOP
/// partners, every pupil of a school whose ROD coverage or export status changed, the pupils that records without a
/// PGN point to by stamnummer, and the look-alikes (same birth date and surname) before and after the change.
/// </summary>
internal static class IncrementalScope
{
    /// <summary>Onderwijsnummers start with 10: a superset of the onderwijsnummer-only persons, told apart exactly by their check.</summary>
    private const string MayBeOnderwijsnummer = "LIKE '10%'";

    /// <summary>Adds to <paramref name="scope"/> (the touched identifiers) what they draw in before the change.</summary>
    /// <returns>The name keys the register held for the scope's persons, whose look-alikes are now in the scope.</returns>
    public static async Task<HashSet<PersonNameKey>> ExpandAsync(ScopeIds scope, CancellationToken cancellationToken)
    {
        var connection = scope.Connection;
        var changed = new List<string>();
        await ReadAsync(connection, changed, $"""
            WITH now AS (
              SELECT school, bool_or(in_rod) AS in_rod, bool_or(exporting) AS exporting FROM (
                SELECT school, TRUE AS in_rod, FALSE AS exporting FROM ({FactQueries.RodSchools}) AS r
                UNION ALL SELECT school, FALSE, TRUE FROM school_export_state WHERE kind = 'PUPILS') AS x
              GROUP BY school)
            SELECT coalesce(now.school, was.school), NULL FROM now FULL JOIN region_schools was ON was.school = now.school
            WHERE was.school IS NULL OR now.school IS NULL OR was.in_rod <> now.in_rod OR was.exporting <> now.exporting
            """, null, cancellationToken);
        var found = new List<string>();
        if (changed.Count > 0)
        {
            await ReadAsync(connection, found, """
                SELECT bsn, onderwijsnummer FROM school_pupils WHERE school = ANY(@ids)
                UNION ALL SELECT pgn, NULL FROM rod_enrolments WHERE school = ANY(@ids)
                UNION ALL SELECT bsn, onderwijsnummer FROM absence_runs WHERE school = ANY(@ids)
                UNION ALL SELECT bsn, onderwijsnummer FROM thuiszitter_registrations WHERE school = ANY(@ids)
                UNION ALL SELECT pgn, NULL FROM verzuimmeldingen WHERE school = ANY(@ids)
                """, [.. changed], cancellationToken);
        }

        // Absence rows without PGN are few, but column statistics cannot tell (bsn and onderwijsnummer are each often
        // null); the lateral subquery, kept apart by OFFSET 0, makes the planner look each pupil up in the
        // (school, source_key) index instead of hashing every school pupil.
        await ReadAsync(connection, found, """
            SELECT p.bsn, p.onderwijsnummer
            FROM (SELECT DISTINCT school, stamnummer FROM absence_runs WHERE bsn IS NULL AND onderwijsnummer IS NULL) AS a
            CROSS JOIN LATERAL (
              SELECT p.bsn, p.onderwijsnummer FROM school_pupils p WHERE p.school = a.school AND p.source_key = a.stamnummer OFFSET 0) AS p
            """, null, cancellationToken);
        scope.Add(found);
        await scope.FlushAsync(cancellationToken);

        // Every name key of the scope's persons, each with its look-alikes that can matter: only pairs with an
        // onderwijsnummer-only person do (see AddLookAlikesAsync), which the prefix narrows in SQL. The look-alikes of
        // each key are looked up one key at a time (the lateral subquery, kept apart by OFFSET 0): every look-alike of
        // a key that may be an onderwijsnummer, and for the others (about 98%) only the look-alikes that may be one,
        // in the partial index of those keys; one lookup in the whole name index would read each BSN look-alike's row
        // to test its key.
        var alike = new List<string>();
        var searched = new HashSet<PersonNameKey>();
        await RegisterReader.ForEachAsync(connection, $"""
            SELECT n1.person_key, n1.birth_year, n1.birth_month, n1.birth_day, n1.surname, n2.person_key FROM person_name_keys n1
            LEFT JOIN LATERAL (
              SELECT n2.person_key FROM person_name_keys n2
              WHERE n2.birth_year = n1.birth_year AND n2.birth_month = n1.birth_month AND n2.birth_day = n1.birth_day
                AND n2.surname = n1.surname AND n2.person_key <> n1.person_key AND n1.person_key {MayBeOnderwijsnummer}
              UNION ALL
              SELECT n2.person_key FROM person_name_keys n2
              WHERE n2.birth_year = n1.birth_year AND n2.birth_month = n1.birth_month AND n2.birth_day = n1.birth_day
                AND n2.surname = n1.surname AND n2.person_key <> n1.person_key AND n2.person_key {MayBeOnderwijsnummer}
                AND n1.person_key NOT {MayBeOnderwijsnummer}
              OFFSET 0) AS n2 ON TRUE
            WHERE n1.person_key IN {ScopeIds.Subquery}
            """, r =>
        {
            searched.Add(new PersonNameKey(r.GetString(0), r.GetInt32(1), r.GetInt32(2), r.GetInt32(3), r.GetString(4)));
            if (!r.IsDBNull(5) && Matters(r.GetString(0), r.GetString(5)))
            {
                alike.Add(r.GetString(5));
            }
        }, cancellationToken);
        scope.Add(alike);
        await scope.FlushAsync(cancellationToken);
        await AddPartnersAsync(scope, cancellationToken);
        return searched;
    }

    /// <summary>
    /// Adds to <paramref name="scope"/> the persons that look like (same birth date and surname as) the persons and
    /// unidentified records just read, with the KOP partners of the scope then. A person's key that
    /// <see cref="ExpandAsync"/> already searched (the register held it for that person) has its look-alikes in the
    /// scope: only new keys and those of records without PGN are looked up.
    /// </summary>
    /// <returns>How many identifiers were added (none: the facts read are complete).</returns>
    public static async Task<int> AddLookAlikesAsync(ScopeIds scope, RegisterFacts facts, IReadOnlySet<PersonNameKey> searched, CancellationToken cancellationToken)
    {
        var keys = facts.NameKeys.Where(k => !searched.Contains(k)).Select(k => (Key: k, AnyMatters: IsOnderwijsnummerOnly(k.PersonKey)))
            .Concat(facts.UnidentifiedNameKeys.Select(k => (Key: k, AnyMatters: true)))
            .ToList();
        if (keys.Count == 0)
        {
            return 0;
        }

        // Records without a PGN are matched against every look-alike; a person with a PGN only pairs with an
        // onderwijsnummer-only person (POSSIBLE_DUPLICATE_PERSON), so a BSN person's BSN look-alikes do not matter.
        // The keys are looked up one by one in the name index (the lateral subquery, kept apart by OFFSET 0): joined
        // plainly, the planner merges them with the whole index of millions of name keys.
        var connection = scope.Connection;
        await RegisterReader.ExecuteAsync(connection, """
            DROP TABLE IF EXISTS tz_alike;
            CREATE TEMP TABLE tz_alike (y integer, m integer, d integer, s text COLLATE "C", o boolean)
            """, cancellationToken);
        await using (var writer = await BinaryCopyWriter.BeginAsync(connection, "COPY tz_alike (y, m, d, s, o) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var (key, anyMatters) in keys)
            {
                writer.StartRow();
                writer.WriteInt32(key.BirthYear);
                writer.WriteInt32(key.BirthMonth);
                writer.WriteInt32(key.BirthDay);
                writer.WriteText(key.Surname);
                writer.WriteBoolean(anyMatters);
                await writer.FlushIfFullAsync(cancellationToken);
            }

            await writer.CompleteAsync(cancellationToken);
        }

        await RegisterReader.ExecuteAsync(connection, "ANALYZE tz_alike", cancellationToken);
        var found = new List<string>();
        await RegisterReader.ForEachAsync(connection, $"""
            SELECT DISTINCT n.person_key, k.o FROM tz_alike k
            CROSS JOIN LATERAL (
              SELECT n.person_key FROM person_name_keys n
              WHERE n.birth_year = k.y AND n.birth_month = k.m AND n.birth_day = k.d AND n.surname = k.s OFFSET 0) AS n
            WHERE (k.o OR n.person_key {MayBeOnderwijsnummer}) AND NOT EXISTS (SELECT 1 FROM tz_ids i WHERE i.id = n.person_key)
            """, r =>
        {
            if (r.GetBoolean(1) || IsOnderwijsnummerOnly(r.GetString(0)))
            {
                found.Add(r.GetString(0));
            }
        }, cancellationToken);
        await RegisterReader.ExecuteAsync(connection, "DROP TABLE tz_alike", cancellationToken);
        if (found.Count == 0)
        {
            return 0;
        }

        var before = scope.Ids.Count;
        scope.Add(found);
        await scope.FlushAsync(cancellationToken);
        await AddPartnersAsync(scope, cancellationToken);
        return scope.Ids.Count - before;
    }

    /// <summary>Whether a pair of look-alikes can matter: at least one of them is an onderwijsnummer-only person.</summary>
    private static bool Matters(string a, string b) => IsOnderwijsnummerOnly(a) || IsOnderwijsnummerOnly(b);

    /// <summary>A person keyed by an onderwijsnummer (no BSN linked by KOP); BSN-keyed persons fail the onderwijsnummer check.</summary>
    private static bool IsOnderwijsnummerOnly(string personKey) => RegisterFactsLoader.IsOnderwijsnummer(personKey);

    /// <summary>Adds the KOP partners of every identifier in the scope.</summary>
    private static async Task AddPartnersAsync(ScopeIds scope, CancellationToken cancellationToken)
    {
        var partners = new List<string>();
        await ReadAsync(scope.Connection, partners, $"""
            SELECT bsn, onderwijsnummer FROM pgn_links WHERE bsn IN {ScopeIds.Subquery}
            UNION ALL SELECT bsn, onderwijsnummer FROM pgn_links WHERE onderwijsnummer IN {ScopeIds.Subquery}
            """, null, cancellationToken);
        scope.Add(partners);
        await scope.FlushAsync(cancellationToken);
    }

    /// <summary>Every non-null value of every column of the query's rows, into <paramref name="found"/>.</summary>
    private static Task ReadAsync(NpgsqlConnection connection, List<string> found, string sql, string[]? ids, CancellationToken cancellationToken) =>
        RegisterReader.ForEachAsync(connection, sql, ids, r =>
        {
            for (var i = 0; i < r.FieldCount; i++)
            {
                if (!r.IsDBNull(i))
                {
                    found.Add(r.GetString(i));
                }
            }
        }, cancellationToken);
}

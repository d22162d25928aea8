using Thuiszitters.Gateway.Register.Entities;

namespace Thuiszitters.Gateway.Reconciliation.Reading;

/// <summary>
/// The person key of each fact table's rows, computed in SQL so that rows can be selected by bucket (a hash of the key):
/// the BSN, else the BSN DUO linked (KOP) to the onderwijsnummer, else the onderwijsnummer. Absence rows without a PGN take
/// the key of the school pupil their stamnummer names. Needs the session tables of <see cref="SessionTablesSql"/>.
/// School and BRP rows are read from their owner's current delivery only (a bulk ingest purges replaced rows late).
/// </summary>
internal static class FactQueries
{
    /// <summary>Links (one BSN per onderwijsnummer, the latest) and the stamnummers that absence rows without PGN refer to.</summary>
    public static readonly string SessionTablesSql = SessionTables(string.Empty);

    /// <summary>
    /// The session tables of an incremental read (<see cref="ScopeIds"/>: BSNs and onderwijsnummers, KOP partners
    /// included): only the links of its onderwijsnummers. Every row such a read keys is selected by its BSN or by one of
    /// these onderwijsnummers, and a BSN wins over a link, so no other link can change a key; <c>tz_stam</c>'s other rows
    /// are only tested for having a key at all, which a link never decides.
    /// </summary>
    public static readonly string IncrementalSessionTablesSql = SessionTables($"WHERE onderwijsnummer IN {ScopeIds.Subquery}");

    public const string DropSessionTablesSql = "DROP TABLE IF EXISTS tz_links; DROP TABLE IF EXISTS tz_absent; DROP TABLE IF EXISTS tz_stam";

    /// <summary>
    /// The distinct schools of ROD's enrolments, one index descent per school (a loose index scan) instead of reading
    /// every enrolment: a few thousand schools against millions of enrolments nationally.
    /// </summary>
    public const string RodSchools = $$"""
        WITH RECURSIVE s AS (
          (SELECT school FROM {{RodEnrolmentsTable.Name}} ORDER BY school LIMIT 1)
          UNION ALL
          SELECT (SELECT r.school FROM {{RodEnrolmentsTable.Name}} r WHERE r.school > s.school ORDER BY r.school LIMIT 1) FROM s WHERE s.school IS NOT NULL)
        SELECT school FROM s WHERE school IS NOT NULL
        """;

    public const string SchoolKey = "coalesce(nullif(p.bsn, ''), l.bsn, nullif(p.onderwijsnummer, ''))";

    public const string PgnKey = "coalesce(l.bsn, p.pgn)";

    public const string AbsenceKey = "coalesce(nullif(p.bsn, ''), l.bsn, nullif(p.onderwijsnummer, ''), st.person_key)";

    public const string SchoolPupils = $$"""
        SELECT {0}, p.school, p.source_key, p.achternaam, p.voorvoegsel, p.voornamen, p.voorletters,
               p.birth_year, p.birth_month, p.birth_day, p.gemeente, p.begin_date, p.end_date, p.delivery_id, p.line, s.export_date
        FROM {{SchoolPupilsTable.Name}} p JOIN school_export_state s ON s.delivery_id = p.delivery_id
        LEFT JOIN tz_links l ON l.onderwijsnummer = p.onderwijsnummer
        """;

    /// <summary>
    /// The rows of the scope's school records, as branches of a UNION ALL: by BSN, then by onderwijsnummer those whose
    /// BSN is not in the scope (each row once). One condition with OR would be planned as a scan of the whole table.
    /// </summary>
    public static readonly string[] SchoolPupilsIds =
    [
        $"p.bsn IN {ScopeIds.Subquery}",
        $"p.onderwijsnummer IN {ScopeIds.Subquery} AND NOT EXISTS (SELECT 1 FROM tz_ids i WHERE i.id = p.bsn)",
    ];

    public const string RodPersons = $$"""
        SELECT {0}, p.pgn, p.achternaam, p.voorvoegsel, p.voornamen, p.birth_year, p.birth_month, p.birth_day, p.gemeente,
               p.startkwalificatie, p.delivery_id, p.line, coalesce(d.file_date, CAST(d.received_at AS date))
        FROM {{RodPersonsTable.Name}} p JOIN deliveries d ON d.id = p.delivery_id LEFT JOIN tz_links l ON l.onderwijsnummer = p.pgn
        """;

    public static readonly string[] PgnIds = [$"p.pgn IN {ScopeIds.Subquery}"];

    public const string Residents = $$"""
        SELECT {0}, p.gemeente, p.achternaam, p.voorvoegsel, p.voornamen, p.birth_year, p.birth_month, p.birth_day,
               p.datum_vestiging, p.datum_vertrek, p.delivery_id, p.line, s.extract_date
        FROM {{ResidentsTable.Name}} p JOIN brp_state s ON s.delivery_id = p.delivery_id
        """;

    public const string ResidentKey = "nullif(p.bsn, '')";

    public static readonly string[] ResidentIds = [$"p.bsn IN {ScopeIds.Subquery}"];

    public const string RodEnrolments = $$"""
        SELECT {0}, p.school, p.volgnummer, p.begin_date, p.end_date, p.delivery_id, p.line
        FROM {{RodEnrolmentsTable.Name}} p LEFT JOIN tz_links l ON l.onderwijsnummer = p.pgn
        """;

    public const string Reports = $$"""
        SELECT {0}, p.meldingsnummer, p.school, p.soort, p.begin_date, p.end_date, p.status, p.delivery_id, p.line
        FROM {{VerzuimmeldingenTable.Name}} p LEFT JOIN tz_links l ON l.onderwijsnummer = p.pgn
        """;

    public const string Exemptions = $$"""
        SELECT {0}, p.artikel, p.begin_date, p.end_date, p.delivery_id, p.line
        FROM {{VrijstellingenTable.Name}} p LEFT JOIN tz_links l ON l.onderwijsnummer = p.pgn
        """;

    public const string Registrations = $$"""
        SELECT {0}, p.school, p.start_date, p.end_date, p.reden, p.plan, p.regiehouder, p.gemeld_op, p.delivery_id, p.line
        FROM {{ThuiszitterRegistrationsTable.Name}} p JOIN school_export_state cur ON cur.delivery_id = p.delivery_id
        LEFT JOIN tz_links l ON l.onderwijsnummer = p.onderwijsnummer
        """;

    public const string Absences = $$"""
        SELECT {0}, p.school, p.dates, p.hours, p.codes, p.delivery_id, p.line
        FROM {{AbsenceRunsTable.Name}} p JOIN school_export_state cur ON cur.delivery_id = p.delivery_id
        LEFT JOIN tz_links l ON l.onderwijsnummer = p.onderwijsnummer
        LEFT JOIN tz_stam st ON p.bsn IS NULL AND p.onderwijsnummer IS NULL
          AND st.school = p.school AND st.source_key = p.stamnummer
        """;

    /// <remarks>Every branch tests only the absence row's own columns, so each is an index lookup (the ingest stores a
    /// missing identifier as NULL, never as an empty string); rows without PGN by the pupil their stamnummer names.</remarks>
    public static readonly string[] AbsencesIds =
    [
        .. SchoolPupilsIds,
        $"""
        p.bsn IS NULL AND p.onderwijsnummer IS NULL
          AND (p.school, p.stamnummer) IN (SELECT school, source_key FROM tz_stam WHERE bsn IN {ScopeIds.Subquery} OR onderwijsnummer IN {ScopeIds.Subquery})
        """,
    ];

    /// <remarks>
    /// The (school, stamnummer) pairs of absence rows without PGN go into a table of their own first: the planner cannot
    /// tell from column statistics that rows without both identifiers are few, and would read every school pupil to find
    /// theirs; with the pairs counted it looks each up in the (school, source_key) index.
    /// </remarks>
    private static string SessionTables(string linksFilter) => $"""
        {DropSessionTablesSql};
        CREATE TEMP TABLE tz_links AS
          SELECT DISTINCT ON (onderwijsnummer) onderwijsnummer, bsn FROM {PgnLinksTable.Name} {linksFilter}
          ORDER BY onderwijsnummer, delivery_id DESC, line DESC;
        ALTER TABLE tz_links ADD PRIMARY KEY (onderwijsnummer);
        CREATE TEMP TABLE tz_absent AS
          SELECT DISTINCT a.school, a.stamnummer FROM {AbsenceRunsTable.Name} a JOIN school_export_state sa ON sa.delivery_id = a.delivery_id
          WHERE a.bsn IS NULL AND a.onderwijsnummer IS NULL AND a.stamnummer <> '';
        ANALYZE tz_absent;
        CREATE TEMP TABLE tz_stam AS
          SELECT DISTINCT ON (p.school, p.source_key) p.school, p.source_key, p.bsn, p.onderwijsnummer,
                 coalesce(nullif(p.bsn, ''), l.bsn, nullif(p.onderwijsnummer, '')) AS person_key
          FROM tz_absent a JOIN {SchoolPupilsTable.Name} p ON p.school = a.school AND p.source_key = a.stamnummer
          JOIN school_export_state s ON s.delivery_id = p.delivery_id
          LEFT JOIN tz_links l ON l.onderwijsnummer = p.onderwijsnummer
          ORDER BY p.school, p.source_key, p.delivery_id DESC, p.line DESC;
        ALTER TABLE tz_stam ADD PRIMARY KEY (school, source_key);
        ANALYZE tz_links; ANALYZE tz_stam;
        """;

    /// <summary>The query with <paramref name="key"/> as its first column.</summary>
    public static string WithKey(string query, string key) => query.Replace("{0}", key, StringComparison.Ordinal);

    /// <summary>The query with its key column, the rows that have a key (and, when given, match one of the branches).</summary>
    public static string Select(string query, string key, IReadOnlyList<string>? branches)
    {
        var all = WithKey(query, key) + $" WHERE {key} IS NOT NULL";
        return branches is null ? all : string.Join("\nUNION ALL\n", branches.Select(b => $"{all} AND {b}"));
    }
}

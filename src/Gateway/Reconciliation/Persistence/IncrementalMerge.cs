using Npgsql;
using Thuiszitters.Gateway.Reconciliation.Reading;

namespace Thuiszitters.Gateway.Reconciliation.Persistence;

/// <summary>
/// How an incremental run's store writes only what changed: the person keys it reconciled again go into the analysed
/// table <c>tz_keys</c> (which the conflict merge joins too), its states and name keys into <c>tz_states</c> and
/// <c>tz_name_keys</c>; then, of those persons, only the rows that differ are deleted and only the new ones inserted.
/// </summary>
/// <remarks>
/// A weekly delta reconciles tens of thousands of persons again, most of whose name keys and many of whose states come
/// out as they were; rewriting them cost a delete and an insert into five indexes each. An unchanged state keeps the
/// <c>run_id</c> of the run that last changed it (its <c>facts_hash</c> is updated in place). All three tables go when the transaction ends.
/// </remarks>
internal static class IncrementalMerge
{
    public const string States = "tz_states";

    public const string NameKeys = "tz_name_keys";

    public const string Keys = "(SELECT key FROM tz_keys)";

    /// <summary>
    /// The columns that make a state what it is (all but <c>run_id</c> and <c>facts_hash</c>), compared null-safely. A kept
    /// state whose fact rows changed gets their new fingerprint in place (no indexed column changes, so no index entry).
    /// </summary>
    private static readonly string SameState = string.Join(" AND ",
        new[] { "pgn", "source_key", "status", "since", "band", "gemeente", "schools", "as_of" }.Select(c => $"t.{c} IS NOT DISTINCT FROM p.{c}"));

    public static async Task BeginAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IEnumerable<string> keys, CancellationToken cancellationToken)
    {
        await ExecuteAsync(connection, transaction, $"""
            {IncrementalPlanner.LocalSettingsSql};
            CREATE TEMP TABLE tz_keys (key text COLLATE "C" PRIMARY KEY) ON COMMIT DROP;
            CREATE TEMP TABLE {States} (LIKE pupil_states, PRIMARY KEY (person_key)) ON COMMIT DROP;
            CREATE TEMP TABLE {NameKeys} (person_key text COLLATE "C", birth_year integer, birth_month integer, birth_day integer, surname text COLLATE "C") ON COMMIT DROP
            """, cancellationToken);
        await RegisterReader.CopyTextAsync(connection, "tz_keys", "key", keys.Distinct(StringComparer.Ordinal), cancellationToken);
    }

    /// <summary>Replaces the states and name keys of the persons in <c>tz_keys</c> (and of every person without PGN) by those copied in.</summary>
    /// <returns>The states written: new or changed ones (a kept state is not written again).</returns>
    public static async Task<int> MergeAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        await ExecuteAsync(connection, transaction, $"""
            ANALYZE {States};
            DELETE FROM pupil_states p USING tz_keys k WHERE p.person_key = k.key
              AND NOT EXISTS (SELECT 1 FROM {States} t WHERE t.person_key = p.person_key AND {SameState});
            DELETE FROM pupil_states p WHERE p.pgn IS NULL
              AND NOT EXISTS (SELECT 1 FROM {States} t WHERE t.person_key = p.person_key AND {SameState});
            UPDATE pupil_states p SET facts_hash = t.facts_hash FROM {States} t
              WHERE t.person_key = p.person_key AND p.facts_hash <> t.facts_hash
            """, cancellationToken);
        int written;
        await using (var insert = new NpgsqlCommand($"INSERT INTO pupil_states SELECT * FROM {States} ON CONFLICT (person_key) DO NOTHING", connection, transaction))
        {
            written = await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await ExecuteAsync(connection, transaction, $"""
            DELETE FROM person_name_keys n USING tz_keys k WHERE n.person_key = k.key
              AND NOT EXISTS (SELECT 1 FROM {NameKeys} t WHERE t.person_key = n.person_key AND t.birth_year = n.birth_year
                AND t.birth_month = n.birth_month AND t.birth_day = n.birth_day AND t.surname = n.surname);
            INSERT INTO person_name_keys (person_key, birth_year, birth_month, birth_day, surname)
            SELECT DISTINCT t.person_key, t.birth_year, t.birth_month, t.birth_day, t.surname FROM {NameKeys} t
            WHERE NOT EXISTS (SELECT 1 FROM person_name_keys n WHERE n.person_key = t.person_key AND n.birth_year = t.birth_year
                AND n.birth_month = t.birth_month AND n.birth_day = t.birth_day AND n.surname = t.surname)
            """, cancellationToken);
        return written;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

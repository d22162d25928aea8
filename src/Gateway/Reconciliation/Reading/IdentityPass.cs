using Npgsql;
using Thuiszitters.Gateway.Reconciliation.Identity;

namespace Thuiszitters.Gateway.Reconciliation.Reading;

/// <summary>
/// The names of every record with a PGN, of which the resolver keeps only those whose (birth date, surname) some record
/// without PGN or some onderwijsnummer-only record shares; then, for the persons kept, whether any record of theirs
/// carries their BSN. A full read sees the rows of the name tables as they are spilled (<see cref="Observes"/>,
/// <see cref="Add"/>); an incremental read copies them out once (<see cref="ReadAsync"/>, <see cref="ScopeRows"/>).
/// </summary>
internal sealed class IdentityPass(NpgsqlConnection connection, IdentityResolver resolver, NameFolder folder, IReadOnlySet<NameIndexKey> relevant)
{
    private readonly StringPool names = new();

    /// <summary>Calls <paramref name="row"/> for each row of <paramref name="table"/> (as <see cref="FactTables"/> selects them).</summary>
    public delegate Task TableRows(FactTable table, Action<TupleRow> row, CancellationToken cancellationToken);

    /// <summary>Whether the rows of <paramref name="table"/> carry names that matter (none do when no key is relevant).</summary>
    public bool Observes(FactTable table) =>
        relevant.Count > 0 && table is FactTable.SchoolPupils or FactTable.RodPersons or FactTable.Residents;

    /// <summary>Reads the name tables through <paramref name="rows"/>, then marks who carries a BSN.</summary>
    public async Task ReadAsync(TableRows rows, CancellationToken cancellationToken)
    {
        foreach (var table in FactTables.InReadOrder.Where(Observes))
        {
            await rows(table, r => Add(table, r), cancellationToken);
        }

        await MarkBsnCarriersAsync(cancellationToken);
    }

    /// <summary>One row of a name table (its columns as <see cref="FactQueries"/> selects them).</summary>
    public void Add<TRow>(FactTable table, TRow r)
        where TRow : IFactRow
    {
        var (voorvoegsel, achternaam, voorletters, voornamen, birth) = table switch
        {
            FactTable.SchoolPupils => (4, 3, 6, 5, 7),
            _ => (3, 2, -1, 4, 5),
        };
        if (folder.IndexKey(r.Birth(birth), r.PooledOrNull(voorvoegsel, names), r.PooledOrNull(achternaam, names)) is { } key && relevant.Contains(key))
        {
            resolver.AddName(r.String(0), false, key, folder.Initials(voorletters < 0 ? null : r.Str(voorletters), r.Str(voornamen)));
        }
    }

    /// <summary>A person has a record carrying the BSN when a school, BRP or ROD (a PGN of BSN form) record has the person key as BSN.</summary>
    public async Task MarkBsnCarriersAsync(CancellationToken cancellationToken)
    {
        if (relevant.Count == 0)
        {
            return;
        }

        var persons = resolver.PersonsWithoutBsn().ToArray();

        // A union of two filtered reads, not EXISTS ... OR EXISTS per person: the planner runs that OR as hashed subplans
        // over the whole school_pupils and residents tables.
        await using var command = new NpgsqlCommand("""
            SELECT p.bsn, NULL FROM school_pupils p JOIN school_export_state s ON s.delivery_id = p.delivery_id WHERE p.bsn = ANY(@k)
            UNION
            SELECT p.bsn, NULL FROM residents p JOIN brp_state s ON s.delivery_id = p.delivery_id WHERE p.bsn = ANY(@k)
            UNION ALL
            SELECT DISTINCT p.pgn, p.pgn FROM rod_persons p JOIN deliveries d ON d.id = p.delivery_id WHERE p.pgn = ANY(@k)
            """, connection);
        command.Parameters.AddWithValue("k", persons);
        await using var r = await command.ExecuteReaderAsync(cancellationToken);
        while (await r.ReadAsync(cancellationToken))
        {
            if (r.IsDBNull(1) || !RegisterFactsLoader.IsOnderwijsnummer(r.GetString(1)))
            {
                resolver.MarkHasBsn(r.GetString(0));
            }
        }
    }
}

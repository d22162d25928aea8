using Npgsql;
using Thuiszitters.Gateway.Reconciliation.Identity;

namespace Thuiszitters.Gateway.Reconciliation;

/// <summary>
/// The second light pass: the names of every record with a PGN, of which the resolver keeps only those whose
/// (birth date, surname) some record without PGN or some onderwijsnummer-only record shares; then, for the persons kept,
/// whether any record of theirs carries their BSN.
/// </summary>
/// <param name="connection">The load's connection.</param>
/// <param name="rows">Gives a fact table's rows (as <see cref="FactTables"/> selects them).</param>
/// <param name="resolver">Collects the names.</param>
/// <param name="folder">Folds names into comparable keys.</param>
internal sealed class IdentityPass(NpgsqlConnection connection, IdentityPass.TableRows rows, IdentityResolver resolver, NameFolder folder)
{
    /// <summary>Calls <paramref name="row"/> for each row of <paramref name="table"/>.</summary>
    public delegate Task TableRows(FactTable table, Action<TupleRow> row, CancellationToken cancellationToken);

    public async Task ReadAsync(IReadOnlySet<NameIndexKey> relevant, CancellationToken cancellationToken)
    {
        if (relevant.Count == 0)
        {
            return;
        }

        await rows(FactTable.SchoolPupils, r => Add(r, r.Str(4), r.Str(3), r.Str(6), r.Str(5), 7, relevant), cancellationToken);
        await rows(FactTable.RodPersons, r => Add(r, r.Str(3), r.Str(2), null, r.Str(4), 5, relevant), cancellationToken);
        await rows(FactTable.Residents, r => Add(r, r.Str(3), r.Str(2), null, r.Str(4), 5, relevant), cancellationToken);
        await MarkBsnCarriersAsync(cancellationToken);
    }

    private void Add(TupleRow r, string? voorvoegsel, string? achternaam, string? voorletters, string? voornamen, int birth, IReadOnlySet<NameIndexKey> relevant)
    {
        if (folder.IndexKey(r.Birth(birth), voorvoegsel, achternaam) is { } key && relevant.Contains(key))
        {
            resolver.AddName(r.String(0), false, key, folder.Initials(voorletters, voornamen));
        }
    }

    /// <summary>A person has a record carrying the BSN when a school, BRP or ROD (a PGN of BSN form) record has the person key as BSN.</summary>
    private async Task MarkBsnCarriersAsync(CancellationToken cancellationToken)
    {
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

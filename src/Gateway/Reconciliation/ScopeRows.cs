using Npgsql;

namespace Thuiszitters.Gateway.Reconciliation;

/// <summary>
/// The fact rows of an incremental run's persons (<see cref="ScopeIds"/>), each table copied out once: the tables that
/// the identity pass reads before the facts (school pupils, ROD persons, residents) are kept in memory between the two
/// reads instead of being queried twice.
/// </summary>
internal sealed class ScopeRows(NpgsqlConnection connection)
{
    private readonly Dictionary<FactTable, byte[]> kept = [];

    /// <summary>The table's rows, kept for <see cref="Source"/>.</summary>
    public async Task ForEachKeptAsync(FactTable table, Action<TupleRow> row, CancellationToken cancellationToken)
    {
        if (!kept.TryGetValue(table, out var output))
        {
            kept[table] = output = await CopyOut.ToArrayAsync(connection, FactTables.Select(table, byIds: true), cancellationToken);
        }

        CopyOut.ForEach(new MemoryStream(output, false), row, cancellationToken);
    }

    /// <summary>Each table's rows for the facts: from memory when kept (and then let go), else copied out now.</summary>
    public BucketReader.TableSource Source => async (table, reader, cancellationToken) =>
    {
        if (kept.Remove(table, out var output))
        {
            CopyOut.ForEach(new MemoryStream(output, false), r => reader.Add(table, r), cancellationToken);
        }
        else
        {
            await CopyOut.ForEachAsync(connection, FactTables.Select(table, byIds: true), r => reader.Add(table, r), cancellationToken);
        }
    };
}

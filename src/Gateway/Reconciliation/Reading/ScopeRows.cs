using Npgsql;

namespace Thuiszitters.Gateway.Reconciliation.Reading;

/// <summary>
/// The fact rows of an incremental run's persons (<see cref="ScopeIds"/>), each table copied out once and kept in memory
/// until the facts are built: the tables the identity pass reads first (school pupils, ROD persons, residents) on the
/// run's connection, the others meanwhile on a second connection of their own, so the two reads overlap.
/// </summary>
internal sealed class ScopeRows : IAsyncDisposable
{
    private static readonly FactTable[] OnSecondConnection =
        [FactTable.RodEnrolments, FactTable.Reports, FactTable.Exemptions, FactTable.Registrations, FactTable.Absences];

    private readonly ScopeIds scope;
    private readonly Dictionary<FactTable, byte[]> kept = [];
    private readonly Task<Dictionary<FactTable, byte[]>> second;

    private ScopeRows(ScopeIds scope, Task<Dictionary<FactTable, byte[]>> second)
    {
        this.scope = scope;
        this.second = second;
    }

    /// <summary>Starts copying the tables the identity pass does not need on a second connection.</summary>
    public static ScopeRows Start(NpgsqlDataSource dataSource, ScopeIds scope, CancellationToken cancellationToken) =>
        new(scope, CopySecondAsync(dataSource, [.. scope.Ids], cancellationToken));

    /// <summary>The table's rows, kept for <see cref="Source"/>.</summary>
    public async Task ForEachKeptAsync(FactTable table, Action<TupleRow> row, CancellationToken cancellationToken)
    {
        if (!kept.TryGetValue(table, out var output))
        {
            kept[table] = output = await CopyOut.ToArrayAsync(scope.Connection, FactTables.Select(table, byIds: true), cancellationToken);
        }

        CopyOut.ForEach(new MemoryStream(output, false), row, cancellationToken);
    }

    /// <summary>Each table's rows for the facts, from memory (and then let go) or copied out now.</summary>
    public BucketReader.TableSource Source => async (table, reader, cancellationToken) =>
    {
        if (!kept.Remove(table, out var output) && !(OnSecondConnection.Contains(table) && (await second).Remove(table, out output)))
        {
            output = await CopyOut.ToArrayAsync(scope.Connection, FactTables.Select(table, byIds: true), cancellationToken);
        }

        CopyOut.ForEach(new MemoryStream(output, false), r => reader.Add(table, r), cancellationToken);
    };

    /// <summary>Waits for the second connection's copies, whatever became of them (a failed read reports its own failure).</summary>
    public async ValueTask DisposeAsync() => await ((Task)second).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);

    private static async Task<Dictionary<FactTable, byte[]>> CopySecondAsync(NpgsqlDataSource dataSource, string[] ids, CancellationToken cancellationToken)
    {
        await Task.Yield();
        var copies = new Dictionary<FactTable, byte[]>();
        await using var other = await ScopeIds.OpenAsync(dataSource, ids, cancellationToken);
        await RegisterReader.ExecuteAsync(other.Connection, FactQueries.IncrementalSessionTablesSql, cancellationToken);
        try
        {
            foreach (var table in OnSecondConnection)
            {
                copies[table] = await CopyOut.ToArrayAsync(other.Connection, FactTables.Select(table, byIds: true), cancellationToken);
            }
        }
        finally
        {
            await RegisterReader.ExecuteAsync(other.Connection, FactQueries.DropSessionTablesSql, CancellationToken.None);
        }

        return copies;
    }
}

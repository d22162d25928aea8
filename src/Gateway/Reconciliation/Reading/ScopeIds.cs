using Npgsql;

namespace Thuiszitters.Gateway.Reconciliation.Reading;

/// <summary>
/// The identifiers (BSNs and onderwijsnummers) an incremental run reads, held twice: as a set here, and as the analysed
/// temporary table <c>tz_ids</c> of the run's one connection, which every incremental read joins.
/// </summary>
/// <remarks>
/// Passing the identifiers as a 26,000-element <c>= ANY(@ids)</c> array cost every query its planning over the array and
/// made an <c>OR</c> of two such conditions a scan of the whole table; joined from an analysed table they are index
/// lookups, and the reads need no parameter, so they can be binary COPY. The connection carries the incremental planner
/// settings (<see cref="IncrementalPlanner"/>) until disposed.
/// </remarks>
internal sealed class ScopeIds : IAsyncDisposable
{
    /// <summary>The scope as a subquery, for <c>x IN (...)</c>.</summary>
    public const string Subquery = "(SELECT id FROM tz_ids)";

    private readonly List<string> pending = [];
    private readonly IncrementalPlanner planner;

    private ScopeIds(NpgsqlConnection connection, IncrementalPlanner planner)
    {
        Connection = connection;
        this.planner = planner;
    }

    public NpgsqlConnection Connection { get; }

    /// <summary>Every identifier in the scope (also in <c>tz_ids</c> once <see cref="FlushAsync"/> has run).</summary>
    public HashSet<string> Ids { get; } = new(StringComparer.Ordinal);

    public static async Task<ScopeIds> OpenAsync(NpgsqlDataSource dataSource, IEnumerable<string> identifiers, CancellationToken cancellationToken)
    {
        var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        try
        {
            var planner = await IncrementalPlanner.ApplyAsync(connection, true, cancellationToken);
            await RegisterReader.ExecuteAsync(connection, """
                DROP TABLE IF EXISTS tz_ids;
                CREATE TEMP TABLE tz_ids (id text COLLATE "C" PRIMARY KEY)
                """, cancellationToken);
            var scope = new ScopeIds(connection, planner);
            scope.Add(identifiers);
            await scope.FlushAsync(cancellationToken);
            return scope;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Adds identifiers to the set; <see cref="FlushAsync"/> writes the new ones to <c>tz_ids</c>.</summary>
    /// <returns>How many were new.</returns>
    public int Add(IEnumerable<string> identifiers)
    {
        var before = pending.Count;
        foreach (var id in identifiers)
        {
            if (Ids.Add(id))
            {
                pending.Add(id);
            }
        }

        return pending.Count - before;
    }

    /// <summary>Copies the identifiers added since the last flush into <c>tz_ids</c> and refreshes its statistics.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (pending.Count == 0)
        {
            return;
        }

        await RegisterReader.CopyTextAsync(Connection, "tz_ids", "id", pending, cancellationToken);
        pending.Clear();
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (Connection.State == System.Data.ConnectionState.Open)
            {
                await RegisterReader.ExecuteAsync(Connection, "DROP TABLE IF EXISTS tz_ids", CancellationToken.None);
            }

            await planner.DisposeAsync();
        }
        finally
        {
            await Connection.DisposeAsync();
        }
    }
}

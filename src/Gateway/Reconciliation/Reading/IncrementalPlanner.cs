using Npgsql;

namespace Thuiszitters.Gateway.Reconciliation.Reading;

/// <summary>
/// Planner settings for the connections of an incremental run, which read about 1% of every table by identifier.
/// </summary>
/// <remarks>
/// With the default <c>random_page_cost</c> of 4 PostgreSQL estimates an index lookup of a few thousand identifiers
/// (<c>= ANY(@ids)</c>) as dearer than reading the whole table, so every read of a delta scanned whole tables and its
/// cost grew with the register, not with the delta. The register's working set is cached (and on SSD otherwise), so
/// 1.1 is the honest cost. JIT compilation pays off only for scans of millions of rows, which these reads no longer are.
/// A full run keeps the server's settings: it does read whole tables.
/// </remarks>
internal sealed class IncrementalPlanner : IAsyncDisposable
{
    /// <summary>For a transaction of the incremental store: the settings end with it.</summary>
    public const string LocalSettingsSql = "SET LOCAL random_page_cost = 1.1; SET LOCAL jit = off";

    private const string SettingsSql = "SET random_page_cost = 1.1; SET jit = off";

    private const string ResetSql = "RESET random_page_cost; RESET jit";

    private readonly NpgsqlConnection? connection;

    private IncrementalPlanner(NpgsqlConnection? connection) => this.connection = connection;

    /// <summary>Applies the settings to <paramref name="connection"/> until disposed; does nothing when <paramref name="incremental"/> is false.</summary>
    public static async Task<IncrementalPlanner> ApplyAsync(NpgsqlConnection connection, bool incremental, CancellationToken cancellationToken)
    {
        if (!incremental)
        {
            return new IncrementalPlanner(null);
        }

        await RegisterReader.ExecuteAsync(connection, SettingsSql, cancellationToken);
        return new IncrementalPlanner(connection);
    }

    /// <summary>Puts the server's settings back before the connection returns to the pool.</summary>
    public async ValueTask DisposeAsync()
    {
        if (connection is { State: System.Data.ConnectionState.Open })
        {
            await RegisterReader.ExecuteAsync(connection, ResetSql, CancellationToken.None);
        }
    }
}

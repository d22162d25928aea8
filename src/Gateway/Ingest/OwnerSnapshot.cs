using Npgsql;

namespace Thuiszitters.Gateway.Ingest;

/// <summary>A delivery that is a full snapshot of its owner's rows in one table (a school export, a BRP extract).</summary>
internal static class OwnerSnapshot
{
    /// <summary>
    /// Clears the owner's earlier rows before the new ones are copied in: nothing when there were none, and in a bulk
    /// run (no index to find them by) nothing either, returning the table for the run to purge at its end.
    /// </summary>
    public static async Task<string?> ClearEarlierAsync(
        NpgsqlConnection connection, string table, string ownerColumn, string owner, bool replacesEarlier, bool bulk, CancellationToken cancellationToken)
    {
        if (!replacesEarlier)
        {
            return null;
        }

        if (bulk)
        {
            return table;
        }

        await Sql.ExecuteAsync(connection, $"DELETE FROM {table} WHERE {ownerColumn} = @owner", cancellationToken, Sql.Parameter("owner", owner));
        return null;
    }
}

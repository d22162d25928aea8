using Npgsql;
using Thuiszitters.Connectors;

namespace Thuiszitters.Gateway.Ingest;

/// <summary>
/// A transaction-scoped advisory lock per owner (school, ROD recipient, gemeente): two ingests of the same owner,
/// in one process or several, run one after the other.
/// </summary>
internal static class OwnerLock
{
    public static string KeyFor(DropFileName name) => name.Kind switch
    {
        SourceKind.RodBatch => "rod:",
        SourceKind.BrpExtract => "brp:",
        _ => "school:",
    } + name.Owner.ToUpperInvariant();

    /// <summary>The statement that takes the lock, for the transaction's first batch; it returns one row.</summary>
    public static NpgsqlBatchCommand Command(string key)
    {
        var command = new NpgsqlBatchCommand("SELECT pg_advisory_xact_lock(hashtextextended(@key, 0))");
        command.Parameters.Add(Sql.Parameter("key", key));
        return command;
    }
}

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

    public static Task AcquireAsync(NpgsqlConnection connection, string key, CancellationToken cancellationToken) =>
        Sql.ExecuteAsync(connection, "SELECT pg_advisory_xact_lock(hashtextextended(@key, 0))", cancellationToken, Sql.Parameter("key", key));
}

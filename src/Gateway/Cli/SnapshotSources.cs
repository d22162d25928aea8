using Npgsql;
using Thuiszitters.Gateway.Reconciliation;
using Thuiszitters.Gateway.Reconciliation.Reading;

namespace Thuiszitters.Gateway.Cli;

/// <summary>The refused files and quarantined records of the register, for the snapshot.</summary>
internal static class SnapshotSources
{
    public static async Task<(List<RejectedFile> Rejected, List<QuarantinedEntry> Quarantined)> LoadAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rejected = new List<RejectedFile>();
        await RegisterReader.ForEachAsync(connection, """
            SELECT file_name, error_line, error_field, coalesce(reason, outcome) FROM deliveries
            WHERE outcome IN ('REJECTED', 'BATCH_GAP') ORDER BY file_name, id
            """, r => rejected.Add(new RejectedFile(r.GetString(0), r.IsDBNull(1) ? null : r.GetInt64(1), r.Str(2), r.GetString(3))), cancellationToken);
        var quarantined = new List<QuarantinedEntry>();
        await RegisterReader.ForEachAsync(connection,
            "SELECT file_name, line, field, reason FROM quarantined_records ORDER BY file_name, line",
            r => quarantined.Add(new QuarantinedEntry(r.GetString(0), r.GetInt64(1), r.GetString(2), r.GetString(3))), cancellationToken);
        return (rejected, quarantined);
    }
}

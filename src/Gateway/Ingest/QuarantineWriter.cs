using Npgsql;
using Thuiszitters.Connectors;

namespace Thuiszitters.Gateway.Ingest;

/// <summary>Writes a delivery's quarantined records to <c>quarantined_records</c> in one binary COPY.</summary>
internal static class QuarantineWriter
{
    public static async Task WriteAsync(
        NpgsqlConnection connection,
        long deliveryId,
        string? owner,
        string kind,
        IReadOnlyList<QuarantinedRecord> records,
        CancellationToken cancellationToken)
    {
        if (records.Count == 0)
        {
            return;
        }

        await using var importer = await connection.BeginBinaryImportAsync(
            "COPY quarantined_records (delivery_id, file_name, line, field, reason, raw_text, raw_identifier, owner, kind) FROM STDIN (FORMAT BINARY)",
            cancellationToken);
        foreach (var record in records)
        {
            importer.StartRow();
            importer.WriteBigint(deliveryId);
            importer.WriteText(record.File);
            importer.WriteBigint(record.Line);
            importer.WriteText(record.Field);
            importer.WriteText(record.Reason);
            importer.WriteText(record.RawText);
            importer.WriteText(record.RawIdentifier);
            importer.WriteText(owner);
            importer.WriteText(kind);
        }

        await importer.CompleteAsync(cancellationToken);
    }
}

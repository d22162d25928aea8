using Npgsql;
using Thuiszitters.Connectors;
using Thuiszitters.Gateway.Register;

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

        await using var writer = await BinaryCopyWriter.BeginAsync(
            connection,
            "COPY quarantined_records (delivery_id, file_name, line, field, reason, raw_text, raw_identifier, owner, kind) FROM STDIN (FORMAT BINARY)",
            cancellationToken);
        foreach (var record in records)
        {
            writer.StartRow();
            writer.WriteInt64(deliveryId);
            writer.WriteText(record.File);
            writer.WriteInt64(record.Line);
            writer.WriteText(record.Field);
            writer.WriteText(record.Reason);
            writer.WriteText(record.RawText);
            writer.WriteText(record.RawIdentifier);
            writer.WriteText(owner);
            writer.WriteText(kind);
            await writer.FlushIfFullAsync(cancellationToken);
        }

        await writer.CompleteAsync(cancellationToken);
    }
}

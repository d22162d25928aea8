namespace Thuiszitters.Gateway.Ingest;

/// <summary>The columns of a <c>deliveries</c> row as the ingest writes them.</summary>
internal sealed record DeliveryRow(
    string FileName,
    string Sha256,
    string Kind,
    string? Owner,
    DateOnly? FileDate,
    long? BatchNumber,
    string? BatchType,
    DateTimeOffset ReceivedAt,
    string Outcome)
{
    public string? Reason { get; init; }

    public long? ErrorLine { get; init; }

    public string? ErrorField { get; init; }

    public long RecordCount { get; init; }

    public long QuarantinedCount { get; init; }

    public DeliveryResult ToResult(long deliveryId) =>
        new(FileName, deliveryId, Outcome, RecordCount, QuarantinedCount, Reason, ErrorLine, ErrorField);
}

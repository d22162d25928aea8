namespace Thuiszitters.Gateway.Register.Entities;

/// <summary>
/// A source record held back because its BSN or onderwijsnummer fails its check (<c>quarantined_records</c>).
/// <see cref="RawText"/> and <see cref="RawIdentifier"/> hold personal data: never log them.
/// </summary>
internal sealed class QuarantinedRecordRow
{
    public long Id { get; set; }

    public long DeliveryId { get; set; }

    public required string FileName { get; set; }

    public long Line { get; set; }

    public required string Field { get; set; }

    public required string Reason { get; set; }

    public required string RawText { get; set; }

    public string? RawIdentifier { get; set; }

    /// <summary>School code, ROD recipient or gemeentecode of the delivery.</summary>
    public string? Owner { get; set; }

    /// <summary>The delivery's source format (see <see cref="DeliveryKinds"/>).</summary>
    public required string Kind { get; set; }
}

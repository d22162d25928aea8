namespace Thuiszitters.Gateway.Register.Entities;

/// <summary>One file that arrived in the drop folder, and what became of it (<c>deliveries</c>).</summary>
internal sealed class Delivery
{
    public long Id { get; set; }

    public required string FileName { get; set; }

    /// <summary>SHA-256 of the file's bytes, lower-case hex.</summary>
    public required string Sha256 { get; set; }

    /// <summary>The source format (see <see cref="DeliveryKinds"/>).</summary>
    public required string Kind { get; set; }

    /// <summary>School code, ROD recipient or gemeentecode; null when the file name names none.</summary>
    public string? Owner { get; set; }

    /// <summary>Export or extract date (school exports, BRP); for ROD the batch's creation date.</summary>
    public DateOnly? FileDate { get; set; }

    public long? BatchNumber { get; set; }

    /// <summary><c>C</c> or <c>P</c> for ROD batches.</summary>
    public string? BatchType { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }

    /// <summary>One of <see cref="DeliveryOutcomes"/>.</summary>
    public required string Outcome { get; set; }

    public string? Reason { get; set; }

    public long? ErrorLine { get; set; }

    public string? ErrorField { get; set; }

    public long RecordCount { get; set; }

    public long QuarantinedCount { get; set; }
}

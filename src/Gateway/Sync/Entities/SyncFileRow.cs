namespace Thuiszitters.Gateway.Sync.Entities;

/// <summary>One file a run handled (<c>sync_files</c>): the delivery it became, and where the file went.</summary>
internal sealed class SyncFileRow
{
    public long Id { get; set; }

    public long RunId { get; set; }

    public required string Source { get; set; }

    public required string FileName { get; set; }

    public required string Sha256 { get; set; }

    public long Size { get; set; }

    /// <summary>The <c>deliveries</c> row, when the ingest got that far.</summary>
    public long? DeliveryId { get; set; }

    /// <summary>The delivery's outcome (<c>DeliveryOutcomes</c>).</summary>
    public required string Outcome { get; set; }

    public string? Reason { get; set; }

    public long? ErrorLine { get; set; }

    public string? ErrorField { get; set; }

    public long Records { get; set; }

    public long Quarantined { get; set; }

    /// <summary>Where the file was moved: under the source's archive folder.</summary>
    public string? ArchivePath { get; set; }

    public DateTimeOffset HandledAt { get; set; }

    /// <summary>When a person asked to apply this refused file again (it went back to the drop folder).</summary>
    public DateTimeOffset? AppliedAgainAt { get; set; }
}

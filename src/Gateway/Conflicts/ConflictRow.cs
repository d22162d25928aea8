namespace Thuiszitters.Gateway.Conflicts;

/// <summary>
/// A conflict with its lifecycle. <see cref="Identity"/> (code, pgn, school, anchor date) is unique: finding the same
/// facts again updates this row, never adds a second one.
/// </summary>
internal sealed class ConflictRow
{
    public long Id { get; set; }

    public required string Identity { get; set; }

    public required string Code { get; set; }

    public string? Pgn { get; set; }

    public string? SourceKey { get; set; }

    public string? School { get; set; }

    public DateOnly? AnchorDate { get; set; }

    public required string Acts { get; set; }

    public DateOnly? DueDate { get; set; }

    public bool Escalated { get; set; }

    public required string Detail { get; set; }

    /// <summary>OPEN, ACKNOWLEDGED, DISMISSED or RESOLVED.</summary>
    public required string State { get; set; }

    public DateTimeOffset FirstSeenAt { get; set; }

    public DateTimeOffset LastSeenAt { get; set; }

    public DateTimeOffset? ResolvedAt { get; set; }

    public string? Resolution { get; set; }

    public string? AcknowledgedBy { get; set; }

    public DateTimeOffset? AcknowledgedAt { get; set; }

    public string? DismissedBy { get; set; }

    public DateTimeOffset? DismissedAt { get; set; }

    public string? DismissReason { get; set; }
}

namespace Thuiszitters.Gateway.Sync.Entities;

/// <summary>
/// A configured source's state, shared by every gateway process (<c>sync_sources</c>): its failing streak and whether it
/// paused itself. The schedule and folders stay in configuration.
/// </summary>
internal sealed class SyncSourceRow
{
    public required string Name { get; set; }

    /// <summary>Failed runs in a row; a success sets it back to 0.</summary>
    public int FailingStreak { get; set; }

    public bool Paused { get; set; }

    public DateTimeOffset? PausedAt { get; set; }

    public string? PausedReason { get; set; }

    public DateTimeOffset? LastSuccessAt { get; set; }

    public DateTimeOffset? ResumedAt { get; set; }

    public string? ResumedBy { get; set; }
}

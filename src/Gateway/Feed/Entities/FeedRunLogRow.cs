namespace Thuiszitters.Gateway.Feed.Entities;

/// <summary>What one reconciliation run appended to the feeds (<c>feed_run_logs</c>) and how long the change log took in it.</summary>
internal sealed class FeedRunLogRow
{
    public long RunId { get; set; }

    public int Upserts { get; set; }

    public int Removals { get; set; }

    /// <summary>Items stored again without an event: the same reconciled part and names, other provenance.</summary>
    public int Refreshes { get; set; }

    /// <summary>Pupils whose names and sources were built again (their fact rows changed, or they were not built yet).</summary>
    public int Rebuilt { get; set; }

    public int Milliseconds { get; set; }
}

namespace Thuiszitters.Gateway.Feed.Entities;

/// <summary>A gemeente's feed counter (<c>feed_gemeenten</c>): the last sequence handed out, updated in the run's transaction.</summary>
internal sealed class FeedGemeenteRow
{
    public required string Gemeente { get; set; }

    public long LastSequence { get; set; }
}

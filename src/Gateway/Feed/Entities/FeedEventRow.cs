namespace Thuiszitters.Gateway.Feed.Entities;

/// <summary>One change in a gemeente's feed (<c>feed_events</c>): an upsert or a removal of a pupil, numbered densely per gemeente.</summary>
internal sealed class FeedEventRow
{
    public long Id { get; set; }

    public required string Gemeente { get; set; }

    public long Sequence { get; set; }

    public required string Pgn { get; set; }

    /// <summary><c>upsert</c> or <c>removal</c>.</summary>
    public required string Type { get; set; }

    public long RunId { get; set; }

    public DateTimeOffset OccurredAt { get; set; }
}

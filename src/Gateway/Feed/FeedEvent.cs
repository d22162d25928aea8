using System.Text.Json.Serialization;

namespace Thuiszitters.Gateway.Feed;

/// <summary>One change: <c>upsert</c> (the pupil entered the feed or its item changed; <see cref="Pupil"/> is the item) or <c>removal</c> (the pupil left it; no pupil).</summary>
internal sealed record FeedEvent(
    string EventId,
    long Sequence,
    string Type,
    string Pgn,
    DateTimeOffset OccurredAt,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] FeedPupil? Pupil);

namespace Thuiszitters.Gateway.Feed;

/// <summary>A finished page of the feed: the answer's JSON (<see cref="FeedPage"/>) as sent, and the pgns it gives, in order (for the audit).</summary>
internal sealed record FeedPageAnswer(ReadOnlyMemory<byte> Json, string[] Pgns);

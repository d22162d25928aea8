namespace Thuiszitters.Gateway.Feed;

/// <summary>A page of a gemeente's feed: read on with <see cref="NextCursor"/>; <see cref="HasMore"/> says whether more is waiting now.</summary>
internal sealed record FeedPage(IReadOnlyList<FeedEvent> Items, string NextCursor, bool HasMore);

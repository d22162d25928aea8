namespace Thuiszitters.Gateway.Feed;

/// <summary>Who reads the feed, for the decision and the audit: a machine key (id, name) or a person (name), and whether it may read the gemeente asked for.</summary>
internal sealed record FeedCaller(long? KeyId, string Name, bool Allowed, string? Refusal, bool Admin);

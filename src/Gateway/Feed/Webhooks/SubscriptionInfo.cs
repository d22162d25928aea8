namespace Thuiszitters.Gateway.Feed.Webhooks;

/// <summary>A subscription as listed (never its secret), with how many messages wait and how many are dead-lettered.</summary>
internal sealed record SubscriptionInfo(Guid Id, string Url, bool Active, DateTimeOffset CreatedAt, long QueuedThrough, long Pending, long Dead);

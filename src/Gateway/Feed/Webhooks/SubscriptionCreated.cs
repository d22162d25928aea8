namespace Thuiszitters.Gateway.Feed.Webhooks;

/// <summary>A subscription made: its id, and the signing secret, shown this once.</summary>
internal sealed record SubscriptionCreated(Guid Id, string Secret);

namespace Thuiszitters.Gateway.Feed.Webhooks;

/// <summary>A new subscription: where to push; optionally a feed cursor to start after (else from the beginning of the feed).</summary>
internal sealed record SubscriptionRequest(string? Url, string? Cursor);

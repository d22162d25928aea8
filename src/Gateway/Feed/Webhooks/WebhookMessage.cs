namespace Thuiszitters.Gateway.Feed.Webhooks;

/// <summary>The body of a webhook message (the Standard Webhooks payload shape: type, timestamp, data).</summary>
internal sealed record WebhookMessage(string Type, DateTimeOffset Timestamp, WebhookMessageData Data);

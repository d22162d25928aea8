namespace Thuiszitters.Gateway.Feed.Webhooks;

/// <summary>The webhook worker's log lines: subscription and message ids and counts, never a pupil.</summary>
internal static partial class WebhookLog
{
    [LoggerMessage(1, LogLevel.Information, "Webhook message {MessageId} ({Items} items) delivered to subscription {SubscriptionId} on attempt {Attempt}")]
    public static partial void Delivered(ILogger logger, string messageId, int items, Guid subscriptionId, int attempt);

    [LoggerMessage(2, LogLevel.Warning, "Webhook message {MessageId} to subscription {SubscriptionId} failed on attempt {Attempt} ({Error}); next attempt at {NextAttempt}")]
    public static partial void Failed(ILogger logger, string messageId, Guid subscriptionId, int attempt, string error, DateTimeOffset nextAttempt);

    [LoggerMessage(3, LogLevel.Error, "Webhook message {MessageId} to subscription {SubscriptionId} dead-lettered after {Attempt} attempts ({Error})")]
    public static partial void DeadLettered(ILogger logger, string messageId, Guid subscriptionId, int attempt, string error);

    [LoggerMessage(4, LogLevel.Error, "Webhook worker pass failed; it tries again")]
    public static partial void PassFailed(ILogger logger, Exception exception);
}

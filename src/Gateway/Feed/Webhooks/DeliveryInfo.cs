namespace Thuiszitters.Gateway.Feed.Webhooks;

/// <summary>One message of a subscription: its sequences, state, attempts and last error.</summary>
internal sealed record DeliveryInfo(
    long Id, string MessageId, long FirstSequence, long LastSequence, int Items, string State, int Attempts,
    DateTimeOffset CreatedAt, DateTimeOffset? FirstAttemptAt, DateTimeOffset NextAttemptAt, DateTimeOffset? DeliveredAt, string? LastError);

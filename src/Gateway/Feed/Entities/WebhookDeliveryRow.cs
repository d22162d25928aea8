namespace Thuiszitters.Gateway.Feed.Entities;

/// <summary>
/// One message of a subscription in the outbox (<c>webhook_deliveries</c>): its body is fixed when queued, so every retry
/// sends and signs the same bytes.
/// </summary>
internal sealed class WebhookDeliveryRow
{
    public long Id { get; set; }

    public Guid SubscriptionId { get; set; }

    /// <summary>The Standard Webhooks message id (<c>webhook-id</c>), the same on every attempt.</summary>
    public required string MessageId { get; set; }

    public long FirstSequence { get; set; }

    public long LastSequence { get; set; }

    public int Items { get; set; }

    public required string Body { get; set; }

    /// <summary><c>PENDING</c>, <c>DELIVERED</c> or <c>DEAD</c>.</summary>
    public required string State { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? FirstAttemptAt { get; set; }

    public DateTimeOffset NextAttemptAt { get; set; }

    public DateTimeOffset? DeliveredAt { get; set; }

    public string? LastError { get; set; }
}

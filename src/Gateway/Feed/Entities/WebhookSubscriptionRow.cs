namespace Thuiszitters.Gateway.Feed.Entities;

/// <summary>A gemeente's webhook (<c>webhook_subscriptions</c>): where its feed events are pushed and how far they have been queued.</summary>
internal sealed class WebhookSubscriptionRow
{
    public Guid Id { get; set; }

    public required string Gemeente { get; set; }

    public required string Url { get; set; }

    /// <summary>The signing secret, <c>whsec_</c> + base64 (needed in clear to sign every delivery).</summary>
    public required string Secret { get; set; }

    public long? ApiKeyId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public bool Active { get; set; }

    /// <summary>The last feed sequence put into a delivery of this subscription.</summary>
    public long QueuedThrough { get; set; }
}

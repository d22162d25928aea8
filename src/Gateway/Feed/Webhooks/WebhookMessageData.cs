namespace Thuiszitters.Gateway.Feed.Webhooks;

/// <summary>The feed items of a message, in order, and the cursor after the last: a consumer may go on pulling from there.</summary>
internal sealed record WebhookMessageData(string Gemeente, IReadOnlyList<FeedEvent> Items, string NextCursor);

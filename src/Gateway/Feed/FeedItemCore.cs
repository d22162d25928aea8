namespace Thuiszitters.Gateway.Feed;

/// <summary>The reconciled part of an item as <c>feed_items.item</c> holds it (what the change log compares).</summary>
internal sealed record FeedItemCore(string Status, DateOnly? Since, string? Band, string Woongemeente, IReadOnlyList<string> Schools, IReadOnlyList<FeedConflict> OpenConflicts);

namespace Thuiszitters.Gateway.Feed;

/// <summary>What a run appended to the feeds.</summary>
internal sealed record FeedRunSummary(int Upserts, int Removals);

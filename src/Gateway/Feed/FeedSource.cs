namespace Thuiszitters.Gateway.Feed;

/// <summary>One fact behind a feed item: what it is, the source, the file and line it came from and when that file was received.</summary>
internal sealed record FeedSource(string Fact, string Source, string Detail, string File, long Line, DateTimeOffset Received);

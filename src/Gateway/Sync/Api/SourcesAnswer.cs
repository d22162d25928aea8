namespace Thuiszitters.Gateway.Sync.Api;

/// <summary>The sources, and whether this process runs the jobs (a Hangfire server) and how many jobs wait.</summary>
internal sealed record SourcesAnswer(IReadOnlyList<SourceHealth> Sources, bool ServerRunning, long? Enqueued, DateTimeOffset Now);

namespace Thuiszitters.Gateway.Sync.Api;

/// <summary>A configured source at a glance: what needs a person (paused, failing) and when it last worked.</summary>
internal sealed record SourceHealth(
    string Name,
    string Kind,
    string Schedule,
    DateTimeOffset? NextRunAt,
    bool Paused,
    DateTimeOffset? PausedAt,
    string? PausedReason,
    int FailingStreak,
    DateTimeOffset? LastSuccessAt,
    long? LastSuccessAgeSeconds,
    SyncRunInfo? LastRun,
    SyncRunInfo? Running,
    bool NeedsAttention);

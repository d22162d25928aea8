namespace Thuiszitters.Gateway.Sync.Api;

/// <summary>A run as the API shows it; counts only, no personal data.</summary>
internal sealed record SyncRunInfo(
    long Id,
    string Source,
    string Node,
    string Trigger,
    string? JobId,
    DateTimeOffset StartedAt,
    DateTimeOffset? FinishedAt,
    double? DurationSeconds,
    string Outcome,
    int FilesTotal,
    int Files,
    long RecordsRead,
    long RecordsApplied,
    long RecordsQuarantined,
    int FilesRefused,
    int PersonsChanged,
    int ConflictsOpened,
    int ConflictsResolved,
    int Attempts,
    string? Error);

namespace Thuiszitters.Gateway.Sync.Api;

/// <summary>A file a run handled: its outcome and, when refused, where and why (file, line, field, reason).</summary>
internal sealed record SyncFileInfo(
    long Id,
    long RunId,
    string Source,
    string FileName,
    long Size,
    long? DeliveryId,
    string Outcome,
    string? Reason,
    long? ErrorLine,
    string? ErrorField,
    long Records,
    long Quarantined,
    bool Refused,
    DateTimeOffset HandledAt,
    DateTimeOffset? AppliedAgainAt);

namespace Thuiszitters.Gateway.Sync.Api;

/// <summary>A run with its files and the records they quarantined (the first 500; the count is in the run).</summary>
internal sealed record SyncRunDetail(SyncRunInfo Run, IReadOnlyList<SyncFileInfo> Files, IReadOnlyList<QuarantinedInfo> Quarantined);

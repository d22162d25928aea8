namespace Thuiszitters.Gateway.Sync.Api;

/// <summary>A quarantined record: where (file, line, field) and why. Never the record's content or its number.</summary>
internal sealed record QuarantinedInfo(long Id, long SyncFileId, long RunId, string FileName, long Line, string Field, string Reason);

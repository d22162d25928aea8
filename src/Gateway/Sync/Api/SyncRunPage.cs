namespace Thuiszitters.Gateway.Sync.Api;

/// <summary>One page of runs, newest first, and how many match the filters.</summary>
internal sealed record SyncRunPage(IReadOnlyList<SyncRunInfo> Items, long Total, int Page, int PageSize);

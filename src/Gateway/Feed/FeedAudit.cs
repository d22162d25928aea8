namespace Thuiszitters.Gateway.Feed;

/// <summary>
/// Writes every feed read, allowed or refused, as one row of <c>feed_audit</c>: key, gemeente, action, the number of
/// pupils answered and their pgns as one array (one row per request, however many items a page holds). The rows go
/// through <see cref="FeedAuditWriter"/>, which commits them in batches; <see cref="RecordAsync"/> returns once the row
/// is committed, so a caller answers only what is audited.
/// </summary>
internal sealed class FeedAudit(FeedAuditWriter writer, TimeProvider clock)
{
    public Task RecordAsync(FeedCaller caller, string gemeente, string action, IReadOnlyCollection<string> pgns, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(pgns);
        var array = pgns as string[] ?? [.. pgns];
        return writer.WriteAsync(
            new FeedAuditEntry(clock.GetUtcNow(), caller.KeyId, caller.Name, gemeente, action, caller.Allowed, caller.Refusal, array), cancellationToken);
    }
}

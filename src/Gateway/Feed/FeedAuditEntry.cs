namespace Thuiszitters.Gateway.Feed;

/// <summary>One feed read for <c>feed_audit</c>: who, when, which gemeente and action, the outcome and the pupils answered.</summary>
internal sealed record FeedAuditEntry(
    DateTimeOffset At, long? KeyId, string? KeyName, string Gemeente, string Action, bool Allowed, string? Reason, string[] Pgns);

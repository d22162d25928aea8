namespace Thuiszitters.Gateway.Feed.Entities;

/// <summary>
/// One machine read of the feed API (<c>feed_audit</c>): one row per request, with the pupils answered as an array, so a
/// 1000-item page costs one insert instead of a thousand.
/// </summary>
internal sealed class FeedAuditRow
{
    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    public long? ApiKeyId { get; set; }

    public string? ApiKeyName { get; set; }

    public required string Gemeente { get; set; }

    public required string Action { get; set; }

    /// <summary><c>ALLOWED</c> or <c>REFUSED</c>.</summary>
    public required string Outcome { get; set; }

    public string? Reason { get; set; }

    public int PupilCount { get; set; }

    public string[] Pgns { get; set; } = [];
}

using System.ComponentModel.DataAnnotations;

namespace Thuiszitters.Gateway.Feed;

/// <summary>How the feed API serves pages, checks keys and writes its audit (<c>Feed</c>).</summary>
internal sealed class FeedOptions
{
    public const string Section = "Feed";

    /// <summary>
    /// How long a verified key row is reused before it is read again: a revocation or expiry counts from the next request
    /// after at most this time. Zero reads the key row on every request.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan KeyCacheDuration { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// The most memory, in megabytes, the finished answers of feed pages may take (<see cref="FeedPageCache"/>);
    /// 0 reads every page from the register.
    /// </summary>
    [Range(0, 4096)]
    public int PageCacheMegabytes { get; set; } = 64;

    /// <summary>At most this many audit rows are waiting to be written; a read that finds the queue full waits for room.</summary>
    [Range(1, 1_000_000)]
    public int AuditQueueCapacity { get; set; } = 10_000;

    /// <summary>At most this many audit rows go into one write (one COPY).</summary>
    [Range(1, 100_000)]
    public int AuditBatchSize { get; set; } = 1_000;
}

using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using Microsoft.Extensions.Options;

namespace Thuiszitters.Gateway.Feed;

/// <summary>
/// The finished answers of feed pages, per (gemeente, after-sequence, limit), kept until the feed changes, within
/// <see cref="FeedOptions.PageCacheMegabytes"/> (the least recently used go first).
/// </summary>
/// <remarks>
/// <para>A page changes only when the change log runs (new events, an event superseded by a later one of its pupil, an
/// item stored again with new provenance) or events are compacted. Both notify <see cref="Channel"/> in their
/// transaction, so the notification arrives when they commit, in every gateway process; <see cref="FeedChangeListener"/>
/// then calls <see cref="Invalidate"/>. Pages are cached only while that listener is connected: when it is not (at start,
/// after a lost connection) every page is read from the register.</para>
/// <para>Each entry carries the generation in which its read started; any invalidation starts a new generation, and an
/// entry of an older one is never served. So a read that began before a change and finishes after its notification
/// cannot leave a stale page behind. Between a commit and the arrival of its notification (on loopback well under a
/// millisecond) a page may still be served as it was just before the commit, as a read that started a moment earlier
/// would have given it.</para>
/// </remarks>
internal sealed class FeedPageCache(FeedReader reader, IOptions<FeedOptions> options)
{
    /// <summary>The PostgreSQL notification channel on which feed changes are announced.</summary>
    public const string Channel = "tz_feed";

    private const int EntryOverhead = 128;

    private readonly ConcurrentDictionary<PageKey, Entry> entries = new();
    private readonly Lock evicting = new();
    private readonly long maxBytes = options.Value.PageCacheMegabytes * 1024L * 1024L;
    private long generation;
    private long bytes;
    private long uses;
    private volatile bool listening;

    /// <summary>Whether pages are cached now (the listener is connected and the cache has room).</summary>
    public bool Active => listening && maxBytes > 0;

    /// <summary>The page's finished answer: from memory when it is there and current, else read from the register (and kept).</summary>
    public async Task<FeedPageAnswer> GetAsync(string gemeente, long afterSequence, int limit, CancellationToken cancellationToken)
    {
        var key = new PageKey(gemeente, afterSequence, limit);
        var current = Volatile.Read(ref generation);
        var active = Active;
        if (active && entries.TryGetValue(key, out var entry) && entry.Generation == current)
        {
            Volatile.Write(ref entry.LastUsed, Interlocked.Increment(ref uses));
            return entry.Page;
        }

        var page = await reader.ReadPageAsync(gemeente, afterSequence, limit, cancellationToken);
        if (active)
        {
            Add(key, new Entry(page, current, Size(page)) { LastUsed = Interlocked.Increment(ref uses) });
        }

        return page;
    }

    /// <summary>The feed changed: no page read before now is served again.</summary>
    public void Invalidate()
    {
        Interlocked.Increment(ref generation);
        Clear();
    }

    /// <summary>The listener connected (pages may be cached from now on) or lost its connection (none are, until it is back).</summary>
    public void SetListening(bool value)
    {
        Interlocked.Increment(ref generation);
        listening = value;
        Clear();
    }

    private void Add(PageKey key, Entry entry)
    {
        if (entry.Size > maxBytes / 4)
        {
            return;
        }

        long added;
        while (true)
        {
            if (entries.TryGetValue(key, out var old))
            {
                if (entries.TryUpdate(key, entry, old))
                {
                    added = entry.Size - old.Size;
                    break;
                }
            }
            else if (entries.TryAdd(key, entry))
            {
                added = entry.Size;
                break;
            }
        }

        if (Interlocked.Add(ref bytes, added) > maxBytes)
        {
            Evict();
        }
    }

    /// <summary>Drops the entries of older generations, then the least recently used, until three quarters of the room are free.</summary>
    private void Evict()
    {
        lock (evicting)
        {
            if (Volatile.Read(ref bytes) <= maxBytes)
            {
                return;
            }

            // A snapshot first: ordering the live dictionary copies it by its count, which other reads move meanwhile.
            var current = Volatile.Read(ref generation);
            foreach (var pair in entries.ToArray().OrderBy(p => p.Value.Generation == current ? Volatile.Read(ref p.Value.LastUsed) : long.MinValue))
            {
                if (Volatile.Read(ref bytes) <= maxBytes * 3 / 4)
                {
                    break;
                }

                if (entries.TryRemove(pair))
                {
                    Interlocked.Add(ref bytes, -pair.Value.Size);
                }
            }
        }
    }

    private void Clear()
    {
        foreach (var pair in entries)
        {
            if (entries.TryRemove(pair))
            {
                Interlocked.Add(ref bytes, -pair.Value.Size);
            }
        }
    }

    /// <summary>The memory an entry holds: the whole buffer under the answer, and the pgn strings.</summary>
    private static long Size(FeedPageAnswer page) =>
        EntryOverhead + (MemoryMarshal.TryGetArray(page.Json, out var buffer) ? buffer.Array!.Length : page.Json.Length) + (page.Pgns.Length * 56L);

    private readonly record struct PageKey(string Gemeente, long AfterSequence, int Limit);

    private sealed class Entry(FeedPageAnswer page, long generation, long size)
    {
        public FeedPageAnswer Page { get; } = page;

        public long Generation { get; } = generation;

        public long Size { get; } = size;

        /// <summary>When it was last served, as a count of cache uses.</summary>
        public long LastUsed;
    }
}

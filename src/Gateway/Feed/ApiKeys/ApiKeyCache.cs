using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Thuiszitters.Gateway.Feed.ApiKeys;

/// <summary>
/// The key rows found by <see cref="ApiKeyStore"/>, reused for <see cref="FeedOptions.KeyCacheDuration"/> (1 s by
/// default) instead of a query per request: a revocation or an expiry counts from the next request after at most that
/// time, in every gateway process, without restart. Only keys that exist are kept (a key created a moment ago works
/// at once); the entries are held by the key's SHA-256, never by the key itself.
/// </summary>
internal sealed class ApiKeyCache(ApiKeyStore store, TimeProvider clock, IOptions<FeedOptions> options)
{
    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);
    private readonly TimeSpan duration = options.Value.KeyCacheDuration;

    /// <summary>The key presented, whatever its state; null when unknown (see <see cref="ApiKeyStore.FindAsync"/>).</summary>
    public async Task<ApiKeyInfo?> FindAsync(string presented, CancellationToken cancellationToken)
    {
        if (duration <= TimeSpan.Zero)
        {
            return await store.FindAsync(presented, cancellationToken);
        }

        var hash = Convert.ToBase64String(ApiKeyStore.Hash(presented));
        if (entries.TryGetValue(hash, out var cached) && clock.GetElapsedTime(cached.ReadAt) < duration)
        {
            return cached.Key;
        }

        var readAt = clock.GetTimestamp();
        var key = await store.FindAsync(presented, cancellationToken);
        if (key is null)
        {
            entries.TryRemove(hash, out _);
        }
        else
        {
            entries[hash] = new Entry(key, readAt);
        }

        return key;
    }

    private sealed record Entry(ApiKeyInfo Key, long ReadAt);
}

using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Thuiszitters.Gateway.Feed;

namespace Thuiszitters.Gateway.Tests.Feed;

/// <summary>
/// The served pages kept in memory: reused until the feed changes, dropped when a change-log run commits (its
/// notification), and every read audited all the same.
/// </summary>
public sealed class FeedPageCacheTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private readonly FeedHarness harness = new();

    public async Task InitializeAsync()
    {
        await harness.InitializeAsync();
        harness.Settings["Feed:PageCacheMegabytes"] = "16";
    }

    public Task DisposeAsync() => harness.DisposeAsync();

    [Fact]
    public async Task Page_ServedFromMemoryUntilTheChangeLogCommits_ThenTheNewPage()
    {
        var key = await harness.KeyAsync("leerplicht:0361");
        await ListeningAsync();
        var first = await PageAsync(key);
        Assert.Equal([$"1 upsert {FeedRegion.LongAbsent}", $"2 upsert {FeedRegion.AtRisk}"], Lines(first));

        // Changed behind the change log's back (no notification): the kept page is still served, byte for byte.
        await harness.RowsAsync("DELETE FROM feed_events WHERE gemeente = '0361' AND sequence = 2 RETURNING id");
        Assert.Equal(first, await PageAsync(key));

        // A delivery's change-log run notifies on commit: the page is read again.
        await harness.Region.ReturnAsync();
        var watch = Stopwatch.StartNew();
        string now;
        while ((now = await PageAsync(key)) == first && watch.Elapsed < Patience)
        {
            await Task.Delay(20);
        }

        Assert.Equal([$"1 upsert {FeedRegion.LongAbsent}", $"3 removal {FeedRegion.AtRisk}"], Lines(now));
        var audit = await harness.RowsAsync("SELECT pupil_count, array_to_string(pgns, ',') FROM feed_audit WHERE action = 'feed' ORDER BY id");
        Assert.Equal($"2|{FeedRegion.LongAbsent},{FeedRegion.AtRisk}", audit[0]);
        Assert.Equal(audit[0], audit[1]);
        Assert.Equal($"2|{FeedRegion.LongAbsent},{FeedRegion.AtRisk}", audit[^1]);
    }

    [Fact]
    public async Task ConcurrentReads_EachAnsweredAndAuditedOnce()
    {
        var key = await harness.KeyAsync("leerplicht:0361");
        await ListeningAsync();
        var pages = await Task.WhenAll(Enumerable.Range(0, 40).Select(_ => PageAsync(key)));

        Assert.Single(pages.Distinct(StringComparer.Ordinal));
        var audit = await harness.RowsAsync("SELECT outcome, pupil_count, array_to_string(pgns, ',') FROM feed_audit WHERE action = 'feed'");
        Assert.Equal(40, audit.Count);
        Assert.All(audit, row => Assert.Equal($"ALLOWED|2|{FeedRegion.LongAbsent},{FeedRegion.AtRisk}", row));
    }

    [Fact]
    public async Task ManyPagesAtOnce_SeveralTimesTheRoom_EvictedWhileAdded_EveryReadAnswered()
    {
        // 1 MB of room and 1,000 different pages (every limit) of a few kB each: reads keep adding while others evict.
        // The eviction once ordered the live dictionary, whose count moved under it (an ArgumentException, a 500).
        harness.Settings["Feed:PageCacheMegabytes"] = "1";
        await ListeningAsync();
        var cache = harness.Host.Services.GetRequiredService<FeedPageCache>();
        var expected = await cache.GetAsync("0361", 0, 100, CancellationToken.None);

        await Parallel.ForEachAsync(
            Enumerable.Range(0, 6_000),
            new ParallelOptions { MaxDegreeOfParallelism = 16 },
            async (i, cancellationToken) =>
            {
                var page = await cache.GetAsync("0361", 0, 1 + (i * 7 % 1000), cancellationToken);
                Assert.Equal(i * 7 % 1000 == 0 ? 1 : 2, page.Pgns.Length);
            });

        Assert.Equal(expected.Json.ToArray(), (await cache.GetAsync("0361", 0, 100, CancellationToken.None)).Json.ToArray());
    }

    private async Task ListeningAsync()
    {
        var cache = harness.Host.Services.GetRequiredService<FeedPageCache>();
        var watch = Stopwatch.StartNew();
        while (!cache.Active && watch.Elapsed < Patience)
        {
            await Task.Delay(20);
        }

        Assert.True(cache.Active, "the gateway does not listen for feed changes");
    }

    private async Task<string> PageAsync(string key)
    {
        using var response = await harness.Client(key).GetAsync(new Uri("/api/v1/gemeenten/0361/feed?limit=100", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        return await response.Content.ReadAsStringAsync();
    }

    private static List<string> Lines(string page) =>
        FeedWalker.Lines(JsonDocument.Parse(page).RootElement.GetProperty("items").EnumerateArray().Select(i => i.Clone()));
}

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

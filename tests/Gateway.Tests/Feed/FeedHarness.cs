using System.Diagnostics.CodeAnalysis;
using System.Net.Http.Headers;
using System.Text.Json;
using Thuiszitters.Gateway.Feed.ApiKeys;
using Thuiszitters.Gateway.Tests.Api;
using Thuiszitters.Gateway.Tests.Infrastructure;

namespace Thuiszitters.Gateway.Tests.Feed;

/// <summary>
/// A test's own register holding <see cref="FeedRegion"/>, and a gateway host on it that can be restarted (a new host
/// on the same database). Webhooks may use loopback and retry quickly.
/// </summary>
[SuppressMessage("Reliability", "CA1001:Types that own disposable fields should be disposable", Justification = "Disposed by IAsyncLifetime.DisposeAsync.")]
internal sealed class FeedHarness : IAsyncLifetime
{
    private ApiHost? host;

    public Dictionary<string, string?> Settings { get; } = new()
    {
        ["Feed:Webhooks:AllowLoopback"] = "true",
        ["Feed:Webhooks:PollInterval"] = "00:00:00.050",
        ["Feed:Webhooks:InitialBackoff"] = "00:00:01",
        ["Feed:Webhooks:MaxBackoff"] = "00:00:08",
        ["Feed:Webhooks:RetryLimit"] = "01:00:00",
        ["Feed:KeyCacheDuration"] = KeyCacheDuration.ToString("c", System.Globalization.CultureInfo.InvariantCulture),

        // Pages straight from the register: these tests change the feed and read it at once, and a cached page is dropped
        // when the change's notification arrives, a moment after the commit. FeedPageCacheTests covers the cache.
        ["Feed:PageCacheMegabytes"] = "0",
    };

    /// <summary>How long the gateway reuses a key row (a revocation counts after this).</summary>
    public static TimeSpan KeyCacheDuration { get; } = TimeSpan.FromMilliseconds(200);

    public TestDatabase Database { get; } = new();

    public FixedTimeProvider Clock { get; } = new(ApiHarness.Now);

    public LogCollector Logs { get; } = new();

    public FeedRegion Region { get; private set; } = null!;

    public ApiHost Host => host ??= new ApiHost(Database.ConnectionString, Clock, Logs, demo: false, Settings);

    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web);

    public async Task InitializeAsync()
    {
        await Database.InitializeAsync();
        Region = new FeedRegion(Database.DataSource);
        await Region.LoadAsync();
    }

    /// <summary>Stops the gateway; the next <see cref="Host"/> is a new one on the same register.</summary>
    public async Task RestartAsync()
    {
        if (host is not null)
        {
            await host.DisposeAsync();
            host = null;
        }
    }

    public async Task<string> KeyAsync(string scope, DateOnly? expires = null)
    {
        var store = new ApiKeyStore(Database.DataSource, Clock);
        var (_, secret) = await store.CreateAsync("test " + scope, ApiKeyScope.Parse(scope)!, expires, CancellationToken.None);
        return secret;
    }

    public HttpClient Client(string token)
    {
        var client = Host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public Task<IReadOnlyList<string>> RowsAsync(string sql) => RegisterContents.RowsAsync(Database.DataSource, sql);

    public async Task DisposeAsync()
    {
        try
        {
            await RestartAsync();
            Region?.Dispose();
        }
        finally
        {
            await Database.DisposeAsync();
        }
    }
}

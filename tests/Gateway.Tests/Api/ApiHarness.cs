using System.Diagnostics.CodeAnalysis;
using System.Net.Http.Headers;
using Thuiszitters.Gateway.Tests.Infrastructure;

namespace Thuiszitters.Gateway.Tests.Api;

/// <summary>
/// A test's own register (seeded with <see cref="RegisterSeed"/>), clock, log collector and web host. The test class
/// owns it as an <see cref="IAsyncLifetime"/>: xunit 2 calls <see cref="DisposeAsync"/> after each test, but never a test
/// class's <see cref="IAsyncDisposable"/>, which CA1001 would ask for.
/// </summary>
[SuppressMessage("Reliability", "CA1001:Types that own disposable fields should be disposable", Justification = "Disposed by IAsyncLifetime.DisposeAsync.")]
internal sealed class ApiHarness : IAsyncLifetime
{
    public static readonly DateTimeOffset Now = new(2026, 4, 15, 9, 30, 0, TimeSpan.Zero);

    private ApiHost? host;

    /// <summary>Whether the host runs with <c>Demo:Enabled</c>.</summary>
    public bool Demo { get; init; }

    /// <summary>Configuration added after (and so over) the test users and the connection string.</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();

    public TestDatabase Database { get; } = new();

    public FixedTimeProvider Clock { get; } = new(Now);

    public LogCollector Logs { get; } = new();

    public ApiHost Host => host ?? throw new InvalidOperationException("InitializeAsync first.");

    public async Task InitializeAsync()
    {
        await Database.InitializeAsync();
        await RegisterSeed.SeedAsync(Database.DataSource, Clock);
        host = new ApiHost(Database.ConnectionString, Clock, Logs, Demo, Settings);
    }

    /// <summary>A client that presents <paramref name="user"/>'s token; null for a client without one.</summary>
    public HttpClient Client(TestUser? user)
    {
        var client = Host.CreateClient();
        if (user is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", user.Token);
        }

        return client;
    }

    public HttpClient Client(string token)
    {
        var client = Host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public Task<IReadOnlyList<string>> RowsAsync(string sql) => RegisterContents.RowsAsync(Database.DataSource, sql);

    public Task<long> CountAsync(string table, string where = "true") => RegisterContents.CountAsync(Database.DataSource, table, where);

    public async Task DisposeAsync()
    {
        try
        {
            if (host is not null)
            {
                await host.DisposeAsync();
            }
        }
        finally
        {
            await Database.DisposeAsync();
        }
    }
}

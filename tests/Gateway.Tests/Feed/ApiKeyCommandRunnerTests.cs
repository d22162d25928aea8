using Thuiszitters.Gateway.Feed.ApiKeys;
using Thuiszitters.Gateway.Tests.Infrastructure;

namespace Thuiszitters.Gateway.Tests.Feed;

/// <summary><c>api-key create|list|revoke</c>: the key printed once, stored only as its hash, revocable.</summary>
public sealed class ApiKeyCommandRunnerTests : IAsyncLifetime
{
    private readonly TestDatabase database = new();

    public Task InitializeAsync() => database.InitializeAsync();

    public Task DisposeAsync() => database.DisposeAsync();

    [Fact]
    public async Task CreateListRevoke_KeyShownOnceStoredHashedThenRevoked()
    {
        var clock = new FixedTimeProvider(new DateTimeOffset(2026, 4, 15, 9, 0, 0, TimeSpan.Zero));
        var store = new ApiKeyStore(database.DataSource, clock);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var runner = new ApiKeyCommandRunner(store, output, error);

        Assert.Equal(0, await runner.RunAsync(["create", "--name", "Alkmaar LAS", "--scope", "leerplicht:0361", "--expires", "2026-12-31"], CancellationToken.None));
        var secret = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1].Trim();
        Assert.StartsWith("tzk_", secret, StringComparison.Ordinal);
        Assert.Empty(await RegisterContents.RowsAsync(database.DataSource, $"SELECT id FROM api_keys WHERE encode(key_hash, 'escape') LIKE '%{secret[4..]}%' OR prefix = '{secret}'"));
        var key = await store.FindAsync(secret, CancellationToken.None);
        Assert.NotNull(key);
        Assert.True(store.IsValid(key));

        output.GetStringBuilder().Clear();
        Assert.Equal(0, await runner.RunAsync(["list"], CancellationToken.None));
        Assert.Contains("Alkmaar LAS\tleerplicht:0361", output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(secret, output.ToString(), StringComparison.Ordinal);

        Assert.Equal(0, await runner.RunAsync(["revoke", key.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)], CancellationToken.None));
        Assert.False(store.IsValid((await store.FindAsync(secret, CancellationToken.None))!));
        Assert.Equal(1, await runner.RunAsync(["revoke", key.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)], CancellationToken.None));

        clock.Now = new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero);
        Assert.Equal(2, await runner.RunAsync(["create", "--name", "x", "--scope", "leerplicht:361"], CancellationToken.None));
        Assert.Null(await store.FindAsync("tzk_unknown", CancellationToken.None));
    }
}

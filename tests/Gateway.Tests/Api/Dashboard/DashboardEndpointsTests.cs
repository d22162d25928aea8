using System.Net;
using System.Text.Json;

namespace Thuiszitters.Gateway.Tests.Api.Dashboard;

/// <summary>The Dutch start page, and the demo users only when the demo is switched on.</summary>
public sealed class DashboardEndpointsTests : IAsyncLifetime
{
    private static readonly Uri DemoUsers = new("/api/demo/users", UriKind.Relative);

    private ApiHarness? harness;

    [Fact]
    public async Task DemoUsers_DemoNotEnabled_Is404WithoutTokens()
    {
        using var client = await ClientAsync(demo: false);

        var response = await client.GetAsync(DemoUsers);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.All(TestUsers.All, u => Assert.DoesNotContain(u.Token, body, StringComparison.Ordinal));
    }

    [Fact]
    public async Task DemoUsers_DemoEnabled_ListsTheConfiguredUsers()
    {
        using var client = await ClientAsync(demo: true);

        var response = await client.GetAsync(DemoUsers);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var users = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(
            TestUsers.All.Select(u => (string?)u.Name).ToList(),
            users.RootElement.EnumerateArray().Select(u => u.GetProperty("name").GetString()).ToList());
    }

    [Fact]
    public async Task StartPage_IsServedInDutch()
    {
        using var client = await ClientAsync(demo: false);

        var response = await client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"nl\"", page, StringComparison.Ordinal);
        Assert.Contains("Leerlingen", page, StringComparison.Ordinal);
        Assert.Contains("Conflicten", page, StringComparison.Ordinal);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (harness is not null)
        {
            await harness.DisposeAsync();
        }
    }

    private async Task<HttpClient> ClientAsync(bool demo)
    {
        harness = new ApiHarness { Demo = demo };
        await harness.InitializeAsync();
        return harness.Client((TestUser?)null);
    }
}

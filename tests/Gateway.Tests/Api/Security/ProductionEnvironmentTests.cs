using System.Net;
using Thuiszitters.Gateway.Security;

namespace Thuiszitters.Gateway.Tests.Api.Security;

/// <summary>In Production, configured Bearer tokens are gone: a configured user stops the start, and no Bearer token but an API key gets in.</summary>
public sealed class ProductionEnvironmentTests : IAsyncLifetime
{
    private ApiHarness? harness;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (harness is not null)
        {
            await harness.DisposeAsync();
        }
    }

    [Fact]
    public async Task Start_ConfiguredUsersInProduction_FailsNamingTheSectionNotTheToken()
    {
        harness = new ApiHarness { Environment = "Production" };
        await harness.InitializeAsync();

        var failure = Assert.ThrowsAny<Exception>(() => harness.Client(TestUsers.Swv).Dispose());

        var text = failure.ToString();
        Assert.Contains(SecurityOptions.NoUsersInProduction, text, StringComparison.Ordinal);
        Assert.Contains("Security:Users", text, StringComparison.Ordinal);
        Assert.Contains("api-key create", text, StringComparison.Ordinal);
        Assert.All(TestUsers.All, user => Assert.DoesNotContain(user.Token, text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Start_ProductionWithoutUsers_ServesAndRefusesAConfiguredStyleToken()
    {
        harness = new ApiHarness { Environment = "Production", ConfiguredUsers = false };
        await harness.InitializeAsync();
        using var anonymous = harness.Client((TestUser?)null);
        using var bearer = harness.Client(TestUsers.Swv);

        var health = await anonymous.GetAsync(new Uri("/health", UriKind.Relative));
        var me = await bearer.GetAsync(new Uri("/api/me", UriKind.Relative));
        var pupils = await bearer.GetAsync(new Uri("/api/pupils", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, me.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, pupils.StatusCode);
        Assert.Equal(0, await harness.CountAsync("audit_log"));
    }
}

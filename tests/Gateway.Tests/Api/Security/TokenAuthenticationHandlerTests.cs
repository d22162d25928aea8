using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Thuiszitters.Gateway.Tests.Api.Pupils;

namespace Thuiszitters.Gateway.Tests.Api.Security;

/// <summary>Only a configured bearer token gets in; who it belongs to decides the role and organisation.</summary>
public sealed class TokenAuthenticationHandlerTests : IAsyncLifetime
{
    private readonly ApiHarness harness = new();

    public Task InitializeAsync() => harness.InitializeAsync();

    public Task DisposeAsync() => harness.DisposeAsync();

    [Fact]
    public async Task Pupils_NoToken_Is401AndNothingIsAudited()
    {
        using var client = harness.Client((TestUser?)null);

        var list = await client.GetAsync(new Uri("/api/pupils", UriKind.Relative));
        var detail = await client.GetAsync(PupilEndpointsTests.Detail(RegisterSeed.PupilA));

        Assert.Equal(HttpStatusCode.Unauthorized, list.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, detail.StatusCode);
        Assert.Equal(0, await harness.CountAsync("audit_log"));
    }

    [Theory]
    [InlineData("tok-swv-vo2203-ffffffffX")]
    [InlineData("tok-swv-vo2203-fffffff")]
    [InlineData("an-unknown-but-long-token")]
    public async Task Pupils_WrongToken_Is401(string token)
    {
        using var client = harness.Client(token);

        var list = await client.GetAsync(new Uri("/api/pupils", UriKind.Relative));
        var conflicts = await client.GetAsync(new Uri("/api/conflicts", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, list.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, conflicts.StatusCode);
        Assert.DoesNotContain(RegisterSeed.PupilA, await list.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await harness.CountAsync("audit_log"));
    }

    [Fact]
    public async Task Pupils_TokenInAnotherScheme_Is401()
    {
        using var client = harness.Client((TestUser?)null);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", TestUsers.Swv.Token);

        var list = await client.GetAsync(new Uri("/api/pupils", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, list.StatusCode);
    }

    [Fact]
    public async Task Me_ValidToken_IsTheConfiguredUserWithRoleAndOrganisation()
    {
        using var client = harness.Client(TestUsers.Board);

        using var me = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/me", UriKind.Relative)));

        Assert.Equal(TestUsers.Board.Name, me.RootElement.GetProperty("name").GetString());
        Assert.Equal("bestuur-7", me.RootElement.GetProperty("organisation").GetString());
        Assert.Equal(
            [RegisterSeed.SchoolA, RegisterSeed.SchoolC],
            me.RootElement.GetProperty("schools").EnumerateArray().Select(s => s.GetString()!).ToList());
    }
}

using System.Net;
using System.Text.Json;

namespace Thuiszitters.Gateway.Tests.Api.Security;

/// <summary>In the demo the login page offers its one-click demo users, signed in with the same claims as their tokens.</summary>
public sealed class DemoSignInTests : IAsyncLifetime
{
    private readonly ApiHarness harness = new() { Demo = true };

    public Task InitializeAsync() => harness.InitializeAsync();

    public Task DisposeAsync() => harness.DisposeAsync();

    [Fact]
    public async Task DemoUser_OneClick_SignsInAsThatUser()
    {
        using var client = harness.CookieClient();
        var page = await client.GetStringAsync(new Uri("/login", UriKind.Relative));
        Assert.Contains("Demogebruikers", page, StringComparison.Ordinal);
        Assert.All(TestUsers.All, u => Assert.DoesNotContain(u.Token, page, StringComparison.Ordinal));
        var index = TestUsers.All.ToList().IndexOf(TestUsers.Leerplicht0361);

        var response = await SessionForms.PostFormAsync(client, "/login/demo", new Dictionary<string, string>
        {
            [SessionForms.FieldName] = await SessionForms.FormTokenAsync(client),
            ["user"] = index.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        using var me = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/me", UriKind.Relative)));
        Assert.Equal(TestUsers.Leerplicht0361.Name, me.RootElement.GetProperty("name").GetString());
        Assert.Equal("0361", me.RootElement.GetProperty("organisation").GetString());
    }
}

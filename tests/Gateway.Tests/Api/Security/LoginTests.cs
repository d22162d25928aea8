using System.Net;
using System.Text.Json;

namespace Thuiszitters.Gateway.Tests.Api.Security;

/// <summary>People sign in on /login: a HttpOnly, SameSite=Strict session cookie (Secure except on loopback http), lockout after repeated failures, sign out, antiforgery on every post.</summary>
public sealed class LoginTests : IAsyncLifetime
{
    private static readonly Uri Me = new("/api/me", UriKind.Relative);

    private readonly ApiHarness harness = new();

    public Task InitializeAsync() => harness.InitializeAsync();

    public Task DisposeAsync() => harness.DisposeAsync();

    [Fact]
    public async Task SignIn_RightPassword_SetsTheSessionCookieAndCarriesTheSameClaimsAsAToken()
    {
        await harness.AddPersonAsync(TestUsers.Board);
        using var client = harness.CookieClient();

        var response = await SessionForms.SignInAsync(client, TestUsers.Board.Token, ApiHarness.PasswordOf(TestUsers.Board), "/index.html?x=1");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/index.html?x=1", response.Headers.Location?.OriginalString);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("tz-session=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("secure", cookie.Replace("samesite", "", StringComparison.OrdinalIgnoreCase), StringComparison.OrdinalIgnoreCase);
        using var me = JsonDocument.Parse(await client.GetStringAsync(Me));
        Assert.Equal("Board", me.RootElement.GetProperty("role").GetString());
        Assert.Equal("bestuur-7", me.RootElement.GetProperty("organisation").GetString());
        Assert.Equal(
            [RegisterSeed.SchoolA, RegisterSeed.SchoolC],
            me.RootElement.GetProperty("schools").EnumerateArray().Select(s => s.GetString()!).ToList());
        var pupils = await client.GetStringAsync(new Uri("/api/pupils?outOfSchoolOnly=false", UriKind.Relative));
        Assert.Contains(RegisterSeed.PupilA, pupils, StringComparison.Ordinal);
        Assert.DoesNotContain(RegisterSeed.PupilB, pupils, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_OverHttps_TheCookieIsSecure()
    {
        await harness.AddPersonAsync(TestUsers.Swv);
        using var client = harness.CookieClient(https: true);

        var response = await SessionForms.SignInAsync(client, TestUsers.Swv.Token, ApiHarness.PasswordOf(TestUsers.Swv));

        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("tz-session=", StringComparison.Ordinal));
        Assert.Contains("; secure", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("//evil.example/x")]
    [InlineData("/\\evil.example")]
    [InlineData("https://evil.example/")]
    public async Task SignIn_ReturnUrlOffSite_GoesToTheStartPage(string returnUrl)
    {
        await harness.AddPersonAsync(TestUsers.Swv);
        using var client = harness.CookieClient();

        var response = await SessionForms.SignInAsync(client, TestUsers.Swv.Token, ApiHarness.PasswordOf(TestUsers.Swv), returnUrl);

        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task SignIn_FiveWrongPasswords_LockTheAccountEvenForTheRightOne_UntilTheWindowPassesOrAnAdminUnlocks()
    {
        await harness.AddPersonAsync(TestUsers.Swv);
        using var client = harness.CookieClient();
        for (var i = 0; i < 5; i++)
        {
            var wrong = await SessionForms.SignInAsync(client, TestUsers.Swv.Token, "not-the-password-" + i);
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
            Assert.Contains("Inloggen is niet gelukt", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var locked = await SessionForms.SignInAsync(client, TestUsers.Swv.Token, ApiHarness.PasswordOf(TestUsers.Swv));
        Assert.Equal(HttpStatusCode.Unauthorized, locked.StatusCode);
        var listed = Assert.Single(await harness.People.ListAsync(CancellationToken.None));
        Assert.True(listed.Locked);
        Assert.Equal(5, listed.FailedAttempts);

        harness.Clock.Now += TimeSpan.FromMinutes(16);
        var again = await SessionForms.SignInAsync(client, TestUsers.Swv.Token, ApiHarness.PasswordOf(TestUsers.Swv));
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(0, Assert.Single(await harness.People.ListAsync(CancellationToken.None)).FailedAttempts);
    }

    [Fact]
    public async Task SignIn_FailuresSpreadOverMoreThanTheWindow_DoNotLock()
    {
        await harness.AddPersonAsync(TestUsers.Swv);
        using var client = harness.CookieClient();
        for (var i = 0; i < 6; i++)
        {
            await SessionForms.SignInAsync(client, TestUsers.Swv.Token, "not-the-password-" + i);
            harness.Clock.Now += TimeSpan.FromMinutes(4);
        }

        Assert.Equal(HttpStatusCode.Redirect, (await SessionForms.SignInAsync(client, TestUsers.Swv.Token, ApiHarness.PasswordOf(TestUsers.Swv))).StatusCode);
    }

    [Fact]
    public async Task SignIn_UnknownUser_GetsTheSameAnswerAsAWrongPassword()
    {
        await harness.AddPersonAsync(TestUsers.Swv);
        using var client = harness.CookieClient();

        var unknown = await SessionForms.SignInAsync(client, "nobody-here", "whatever-password");
        var wrong = await SessionForms.SignInAsync(client, TestUsers.Swv.Token, "whatever-password");

        Assert.Equal(wrong.StatusCode, unknown.StatusCode);
        Assert.Equal(await Message(wrong), await Message(unknown));
    }

    [Fact]
    public async Task SignIn_WithoutTheAntiforgeryField_IsRefused()
    {
        await harness.AddPersonAsync(TestUsers.Swv);
        using var client = harness.CookieClient();
        await client.GetAsync(new Uri("/login", UriKind.Relative));

        var response = await SessionForms.PostFormAsync(client, "/login", new Dictionary<string, string>
        {
            ["userName"] = TestUsers.Swv.Token,
            ["password"] = ApiHarness.PasswordOf(TestUsers.Swv),
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(response.Headers, h => h.Key == "Set-Cookie" && h.Value.Any(v => v.StartsWith("tz-session=", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task CookieSession_PostWithoutAntiforgeryHeader_Is400ProblemAndNothingChanges()
    {
        await harness.AddPersonAsync(TestUsers.School12Ab);
        using var client = harness.CookieClient();
        await SessionForms.SignInAsync(client, TestUsers.School12Ab.Token, ApiHarness.PasswordOf(TestUsers.School12Ab));
        var id = await RegisterSeed.ConflictIdAsync(harness.Database.DataSource, RegisterSeed.PupilA);

        var refused = await client.PostAsync(new Uri($"/api/conflicts/{id}/acknowledge", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        using (var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()))
        {
            Assert.Equal("X-CSRF-TOKEN", problem.RootElement.GetProperty("parameter").GetString());
        }

        Assert.Equal(["OPEN"], await harness.RowsAsync($"SELECT state FROM conflicts WHERE id = {id}"));
        await SessionForms.AddAntiforgeryHeaderAsync(client);
        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsync(new Uri($"/api/conflicts/{id}/acknowledge", UriKind.Relative), null)).StatusCode);
    }

    [Fact]
    public async Task SignOut_EndsTheSession()
    {
        using var client = await harness.SignedInAsync(TestUsers.Swv);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(Me)).StatusCode);

        var response = await client.PostAsync(new Uri("/logout", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync(Me)).StatusCode);
    }

    [Fact]
    public async Task Session_PersonDeactivatedOrPasswordReset_EndsAtTheNextRequest()
    {
        using var client = await harness.SignedInAsync(TestUsers.Swv);
        var id = Assert.Single(await harness.People.ListAsync(CancellationToken.None)).Id;

        await harness.People.ResetPasswordAsync(id, "a-brand-new-password", CancellationToken.None);

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync(Me)).StatusCode);
    }

    [Fact]
    public async Task Session_SlidesAndExpiresAfterTheTimeoutWithoutUse()
    {
        using var client = await harness.SignedInAsync(TestUsers.Swv);
        harness.Clock.Now += TimeSpan.FromMinutes(20);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(Me)).StatusCode);
        harness.Clock.Now += TimeSpan.FromMinutes(20);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(Me)).StatusCode);

        harness.Clock.Now += TimeSpan.FromMinutes(31);

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync(Me)).StatusCode);
    }

    [Fact]
    public async Task DemoSignIn_OnlyWhenTheDemoRuns()
    {
        using var client = harness.CookieClient();
        var page = await client.GetStringAsync(new Uri("/login", UriKind.Relative));
        Assert.DoesNotContain("/login/demo", page, StringComparison.Ordinal);

        var response = await SessionForms.PostFormAsync(client, "/login/demo", new Dictionary<string, string>
        {
            [SessionForms.FieldName] = await SessionForms.FormTokenAsync(client),
            ["user"] = "0",
        });

        Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed, response.StatusCode.ToString());
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync(Me)).StatusCode);
    }

    [Fact]
    public async Task LoginPage_IsDutch_WithoutAnyScript_AndNotCached()
    {
        using var client = harness.CookieClient();

        var response = await client.GetAsync(new Uri("/login", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains("<html lang=\"nl\"", html, StringComparison.Ordinal);
        Assert.Contains("Gebruikersnaam", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
    }

    private static async Task<string> Message(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        var start = html.IndexOf("role=\"alert\">", StringComparison.Ordinal);
        return html[start..html.IndexOf("</p>", start, StringComparison.Ordinal)];
    }
}

using System.Net;
using System.Text.Json;

namespace Thuiszitters.Gateway.Tests.Api.Security;

/// <summary>An admin manages the people who sign in; nobody else may, and every field is checked.</summary>
public sealed class PeopleAdminTests : IAsyncLifetime
{
    private const string People = "/api/admin/people";

    private readonly ApiHarness harness = new();

    public Task InitializeAsync() => harness.InitializeAsync();

    public Task DisposeAsync() => harness.DisposeAsync();

    [Fact]
    public async Task Admin_CreatesAPerson_WhoThenSignsInWithTheirRoleAndOrganisation()
    {
        using var admin = await harness.SignedInAsync(TestUsers.Admin);

        var created = await SessionForms.PostJsonAsync(admin, People, new
        {
            userName = "Jan.Leerplicht", displayName = "Jan de Leerplicht", role = "Leerplicht", organisation = "0383", schools = Array.Empty<string>(),
            password = "een-goed-wachtwoord",
        });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        using var client = harness.CookieClient();
        Assert.Equal(HttpStatusCode.Redirect, (await SessionForms.SignInAsync(client, "jan.leerplicht", "een-goed-wachtwoord")).StatusCode);
        var pupils = await client.GetStringAsync(new Uri("/api/pupils?outOfSchoolOnly=false", UriKind.Relative));
        Assert.Contains(RegisterSeed.PupilB, pupils, StringComparison.Ordinal);
        Assert.DoesNotContain(RegisterSeed.PupilA, pupils, StringComparison.Ordinal);
        Assert.Empty(await harness.RowsAsync("SELECT id FROM people WHERE password_hash LIKE '%een-goed-wachtwoord%'"));
    }

    [Fact]
    public async Task Admin_DeactivatesUnlocksAndResetsAPassword()
    {
        await harness.AddPersonAsync(TestUsers.Swv);
        using var admin = await harness.SignedInAsync(TestUsers.Admin);
        using var list = JsonDocument.Parse(await admin.GetStringAsync(new Uri(People, UriKind.Relative)));
        var swv = list.RootElement.EnumerateArray().Single(p => p.GetProperty("userName").GetString() == TestUsers.Swv.Token);
        var id = swv.GetProperty("id").GetInt64();
        Assert.False(swv.TryGetProperty("passwordHash", out _));

        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync(new Uri($"{People}/{id}/deactivate", UriKind.Relative), null)).StatusCode);
        using var client = harness.CookieClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await SessionForms.SignInAsync(client, TestUsers.Swv.Token, ApiHarness.PasswordOf(TestUsers.Swv))).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync(new Uri($"{People}/{id}/activate", UriKind.Relative), null)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await SessionForms.PostJsonAsync(admin, $"{People}/{id}/password", new { password = "nieuw-wachtwoord-123" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SessionForms.SignInAsync(client, TestUsers.Swv.Token, "nieuw-wachtwoord-123")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync(new Uri($"{People}/{id}/unlock", UriKind.Relative), null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsync(new Uri($"{People}/999999/unlock", UriKind.Relative), null)).StatusCode);
    }

    [Theory]
    [InlineData("userName", "x", "Leerplicht", "0361", "een-goed-wachtwoord")]
    [InlineData("userName", "bad name with spaces", "Leerplicht", "0361", "een-goed-wachtwoord")]
    [InlineData("role", "piet", "Koning", "0361", "een-goed-wachtwoord")]
    [InlineData("role", "piet", "7", null, "een-goed-wachtwoord")]
    [InlineData("organisation", "piet", "Leerplicht", null, "een-goed-wachtwoord")]
    [InlineData("organisation", "piet", "Leerplicht", "03\u000061", "een-goed-wachtwoord")]
    [InlineData("organisation", "piet", "Inspectie", "0361", "een-goed-wachtwoord")]
    [InlineData("password", "piet", "Swv", "VO2203", "kort")]
    public async Task Create_BadField_Is400NamingIt(string field, string userName, string role, string? organisation, string password)
    {
        using var admin = await harness.SignedInAsync(TestUsers.Admin);

        var response = await SessionForms.PostJsonAsync(admin, People, new { userName, displayName = "Piet", role, organisation, password });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(field, problem.RootElement.GetProperty("parameter").GetString());
    }

    [Fact]
    public async Task Create_TakenUserName_Is409()
    {
        await harness.AddPersonAsync(TestUsers.Swv);
        using var admin = await harness.SignedInAsync(TestUsers.Admin);

        var response = await SessionForms.PostJsonAsync(admin, People, new
        {
            userName = TestUsers.Swv.Token.ToUpperInvariant(), displayName = "Dubbel", role = "Swv", organisation = "VO2203", password = "een-goed-wachtwoord",
        });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Theory]
    [InlineData(nameof(TestUsers.Swv))]
    [InlineData(nameof(TestUsers.ItStaff))]
    [InlineData(nameof(TestUsers.Leerplicht0361))]
    public async Task NotAnAdmin_Is403_ByTokenOrSession(string name)
    {
        var user = TestUsers.Named(name);
        using var token = harness.Client(user);
        using var session = await harness.SignedInAsync(user);

        Assert.Equal(HttpStatusCode.Forbidden, (await token.GetAsync(new Uri(People, UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await session.GetAsync(new Uri(People, UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await SessionForms.PostJsonAsync(session, People, new { userName = "x" })).StatusCode);
    }

    [Fact]
    public async Task Anonymous_Is401()
    {
        using var client = harness.CookieClient();

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync(new Uri(People, UriKind.Relative))).StatusCode);
    }
}

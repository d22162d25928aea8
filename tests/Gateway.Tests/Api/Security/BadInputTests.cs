using System.Net;
using System.Text.Json;

namespace Thuiszitters.Gateway.Tests.Api.Security;

/// <summary>
/// Every query parameter and form field of the people's endpoints gets an unknown value, a NUL byte and an overlong
/// value: never a 500; a NUL byte, an overlong value, an unknown status, state or code, and a number out of range are a
/// 400 problem naming the parameter.
/// </summary>
public sealed class BadInputTests : IAsyncLifetime
{
    private static readonly string Overlong = new('x', 300);

    private readonly ApiHarness harness = new();

    public Task InitializeAsync() => harness.InitializeAsync();

    public Task DisposeAsync() => harness.DisposeAsync();

    /// <summary>(path, parameter, whether an unknown value must be refused by name).</summary>
    public static TheoryData<string, string, bool> QueryParameters => new()
    {
        { "/api/pupils", "status", true },
        { "/api/pupils", "outOfSchoolOnly", true },
        { "/api/pupils", "purpose", false },
        { $"/api/pupils/{RegisterSeed.PupilA}", "purpose", false },
        { "/api/conflicts", "state", true },
        { "/api/conflicts", "code", true },
        { "/api/counts", "anything", false },
        { "/api/admin/audit", "user", false },
        { "/api/admin/audit", "pgn", true },
        { "/api/admin/audit", "from", true },
        { "/api/admin/audit", "to", true },
        { "/api/admin/audit", "refusedOnly", true },
        { "/api/admin/audit", "page", true },
        { "/api/admin/audit", "pageSize", true },
        { "/api/admin/audit.csv", "pgn", true },
        { "/api/admin/audit.csv", "from", true },
        { "/login", "returnUrl", false },
    };

    [Theory]
    [MemberData(nameof(QueryParameters))]
    public async Task QueryParameter_UnknownNulOrOverlong_IsNever500(string path, string parameter, bool unknownRefused)
    {
        using var client = path.StartsWith("/api/admin", StringComparison.Ordinal) ? await harness.SignedInAsync(TestUsers.Admin) : harness.Client(TestUsers.Swv);
        var separator = path.Contains('?', StringComparison.Ordinal) ? '&' : '?';

        foreach (var (value, mustName) in new[] { ("BOGUS-9", unknownRefused), ("a%00b", true), (Overlong, true), ("-1", unknownRefused), ("99999999999", unknownRefused) })
        {
            var response = await client.GetAsync(new Uri($"{path}{separator}{parameter}={value}", UriKind.Relative));

            Assert.True((int)response.StatusCode < 500, $"{path} {parameter}={value[..Math.Min(value.Length, 12)]}: {(int)response.StatusCode}");
            if (mustName)
            {
                if (path == "/login")
                {
                    Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
                    continue;
                }

                Assert.True(HttpStatusCode.BadRequest == response.StatusCode, $"{path} {parameter}={value[..Math.Min(value.Length, 12)]}: {(int)response.StatusCode}");
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
                using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
                Assert.Equal(parameter, problem.RootElement.GetProperty("parameter").GetString());
            }
        }
    }

    // A NUL byte in the path itself is refused by the server before routing (Kestrel answers 400); the in-memory
    // TestServer's client throws on it instead of sending, so that case cannot be asserted here. NUL bytes in query
    // values and bodies are asserted above and below.
    [Theory]
    [InlineData("BOGUS")]
    public async Task RouteValue_Pgn_UnknownIs404(string pgn)
    {
        using var client = harness.Client(TestUsers.Swv);

        var response = await client.GetAsync(new Uri($"/api/pupils/{Uri.EscapeDataString(pgn)}?purpose=x", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("{\"reason\":\"a\\u0000b\"}")]
    [InlineData("{\"reason\":42}")]
    [InlineData("{\"reason\":")]
    [InlineData("not json")]
    public async Task DismissReason_BadValue_IsA400(string body)
    {
        var id = await RegisterSeed.ConflictIdAsync(harness.Database.DataSource, RegisterSeed.PupilA);
        using var client = harness.Client(TestUsers.School12Ab);

        var response = await client.PostAsync(
            new Uri($"/api/conflicts/{id}/dismiss", UriKind.Relative), new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["OPEN"], await harness.RowsAsync($"SELECT state FROM conflicts WHERE id = {id}"));
    }

    [Fact]
    public async Task DismissReason_Overlong_Is400NamingReason_AndAThousandCharactersAreFine()
    {
        var id = await RegisterSeed.ConflictIdAsync(harness.Database.DataSource, RegisterSeed.PupilA);
        using var client = harness.Client(TestUsers.School12Ab);

        var tooLong = await SessionForms.PostJsonAsync(client, $"/api/conflicts/{id}/dismiss", new { reason = new string('r', 1001) });
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        using (var problem = JsonDocument.Parse(await tooLong.Content.ReadAsStringAsync()))
        {
            Assert.Equal("reason", problem.RootElement.GetProperty("parameter").GetString());
        }

        var atMost = await SessionForms.PostJsonAsync(client, $"/api/conflicts/{id}/dismiss", new { reason = new string('r', 1000) });
        Assert.Equal(HttpStatusCode.NoContent, atMost.StatusCode);
    }

    [Theory]
    [InlineData("userName")]
    [InlineData("password")]
    [InlineData("returnUrl")]
    public async Task LoginForm_FieldUnknownNulOrOverlong_IsNever500(string field)
    {
        await harness.AddPersonAsync(TestUsers.Swv);
        using var client = harness.CookieClient();
        foreach (var value in new[] { "BOGUS", "a\0b", Overlong, new string('p', 5000) })
        {
            var fields = new Dictionary<string, string>
            {
                [SessionForms.FieldName] = await SessionForms.FormTokenAsync(client),
                ["userName"] = TestUsers.Swv.Token,
                ["password"] = "wrong-password-here",
                ["returnUrl"] = "/",
            };
            fields[field] = value;

            var response = await SessionForms.PostFormAsync(client, "/login", fields);

            Assert.True((int)response.StatusCode < 500, $"{field}: {(int)response.StatusCode}");
            Assert.NotEqual(HttpStatusCode.Redirect, response.StatusCode);
        }
    }

    [Theory]
    [InlineData("userName")]
    [InlineData("displayName")]
    [InlineData("role")]
    [InlineData("organisation")]
    [InlineData("password")]
    public async Task AdminCreateField_UnknownNulOrOverlong_Is400NamingIt(string field)
    {
        using var admin = await harness.SignedInAsync(TestUsers.Admin);
        foreach (var value in new[] { "BOGUS\u0000", "a\0b", new string('x', 300) })
        {
            var person = new Dictionary<string, object?>
            {
                ["userName"] = "nieuw", ["displayName"] = "Nieuw", ["role"] = "Swv", ["organisation"] = "VO2203", ["password"] = "een-goed-wachtwoord",
            };
            person[field] = value;

            var response = await SessionForms.PostJsonAsync(admin, "/api/admin/people", person);

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.Equal(field, problem.RootElement.GetProperty("parameter").GetString());
        }
    }
}

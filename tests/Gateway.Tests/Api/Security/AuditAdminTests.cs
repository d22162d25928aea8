using System.Net;
using System.Text;
using System.Text.Json;

namespace Thuiszitters.Gateway.Tests.Api.Security;

/// <summary>The admin's view of the audit log: filtered by user, pupil, dates and refusals, paged with a total, and as a Dutch CSV.</summary>
public sealed class AuditAdminTests : IAsyncLifetime
{
    private readonly ApiHarness harness = new();

    public Task InitializeAsync() => harness.InitializeAsync();

    public Task DisposeAsync() => harness.DisposeAsync();

    [Fact]
    public async Task Audit_FiltersByUserPupilRefusalAndDate_AndPages()
    {
        using (var leerplicht = harness.Client(TestUsers.Leerplicht0361))
        {
            await leerplicht.GetAsync(new Uri("/api/pupils?outOfSchoolOnly=false&purpose=signalering", UriKind.Relative));
            await leerplicht.GetAsync(new Uri($"/api/pupils/{RegisterSeed.PupilB}?purpose=nieuwsgierig", UriKind.Relative));
        }

        harness.Clock.Now = harness.Clock.Now.AddDays(2);
        using (var school = harness.Client(TestUsers.School12Ab))
        {
            await school.GetAsync(new Uri($"/api/pupils/{RegisterSeed.PupilA}?purpose=zorgoverleg", UriKind.Relative));
        }

        using var admin = await harness.SignedInAsync(TestUsers.Admin);

        var all = await PageAsync(admin, "");
        Assert.Equal(3, all.GetProperty("total").GetInt64());
        Assert.Equal("Sanne School", all.GetProperty("items")[0].GetProperty("actor").GetString());

        var refused = await PageAsync(admin, "refusedOnly=true");
        var row = Assert.Single(refused.GetProperty("items").EnumerateArray());
        Assert.Equal("Lotte Leerplicht", row.GetProperty("actor").GetString());
        Assert.Equal(RegisterSeed.PupilB, row.GetProperty("pgns")[0].GetString());
        Assert.Equal("GET /api/pupils/{pgn}", row.GetProperty("endpoint").GetString());

        var aboutA = await PageAsync(admin, $"pgn={RegisterSeed.PupilA}");
        Assert.Equal(2, aboutA.GetProperty("total").GetInt64());

        var byUser = await PageAsync(admin, "user=Sanne School");
        Assert.Equal(1, byUser.GetProperty("total").GetInt64());

        var firstDay = await PageAsync(admin, "from=2026-04-15&to=2026-04-15");
        Assert.Equal(2, firstDay.GetProperty("total").GetInt64());

        var secondPage = await PageAsync(admin, "page=2&pageSize=2");
        Assert.Equal(3, secondPage.GetProperty("total").GetInt64());
        Assert.Single(secondPage.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task AuditCsv_DutchHeadersSemicolonsAndBom()
    {
        using (var leerplicht = harness.Client(TestUsers.Leerplicht0361))
        {
            await leerplicht.GetAsync(new Uri($"/api/pupils/{RegisterSeed.PupilB}?purpose=%3Dcmd", UriKind.Relative));
        }

        using var admin = await harness.SignedInAsync(TestUsers.Admin);

        var response = await admin.GetAsync(new Uri("/api/admin/audit.csv?refusedOnly=true", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Tijdstip (UTC);Gebruiker;Rol;Organisatie;Handeling;Leerlingen;Doel;Uitkomst", lines[0], StringComparison.Ordinal);
        var row = Assert.Single(lines[1..]);
        Assert.Contains($";pupil-detail;{RegisterSeed.PupilB};'=cmd;geweigerd;", row, StringComparison.Ordinal);
        Assert.True(response.Headers.CacheControl?.NoStore);
    }

    private static async Task<JsonElement> PageAsync(HttpClient client, string query)
    {
        var response = await client.GetAsync(new Uri("/api/admin/audit?" + query, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }
}

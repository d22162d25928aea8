using System.Net;
using System.Net.Http.Json;
using System.Text;
using Thuiszitters.Gateway.Cases;
using Thuiszitters.Gateway.Tests.Api;

namespace Thuiszitters.Gateway.Tests.Cases;

/// <summary>The 8-weekly overview: the gateway's list against the officer's, changes since the previous one, agreed steps shown at the next, CSV, scope.</summary>
public sealed class OverlegEndpointTests : IAsyncLifetime
{
    private static readonly string OnlyOfficer = Infrastructure.Pgns.Bsn(888);

    private readonly ApiHarness harness = new();

    public Task InitializeAsync() => harness.InitializeAsync();

    public Task DisposeAsync() => harness.DisposeAsync();

    [Fact]
    public async Task Overview_ComparesWithTheOfficersListAndTheLastOverviewAndShowsTheAgreedStep()
    {
        using var client = harness.Client(TestUsers.Leerplicht0361);
        var first = await CreateAsync(client, "2026-04-20", $"BSN;Naam\r\n{RegisterSeed.PupilA};Zwanenburgh\r\n{OnlyOfficer};Iemand\r\n");
        Assert.Equal((2, 1, 1), (first.Cases, first.OnlyInGateway, first.OnlyInOfficerList));
        var overview = await client.GetFromJsonAsync<OverlegOverview>(new Uri($"/api/cases/overleg/{first.Id}", UriKind.Relative));
        Assert.Equal(
            [(RegisterSeed.PupilA, true, true, "NIEUW"), (RegisterSeed.PupilC, true, false, "NIEUW"), (OnlyOfficer, false, true, "NIEUW")],
            overview!.Cases.Select(c => (c.PersonKey, c.InGateway, c.InOfficerList, c.Change)).OrderBy(c => c.PersonKey, StringComparer.Ordinal));
        Assert.Equal("Piet Zwanenburgh", overview.Cases.Single(c => c.PersonKey == RegisterSeed.PupilA).Name);

        var step = await client.PostAsJsonAsync(new Uri($"/api/cases/overleg/{first.Id}/steps", UriKind.Relative),
            new OverlegStepRequest(RegisterSeed.PupilC, "Gesprek met ouders en school", "Lotte (leerplicht)", "2026-05-01"));
        Assert.Equal(HttpStatusCode.Created, step.StatusCode);

        // Eight weeks later: C has been away for more than four weeks; A's case is closed.
        await harness.RowsAsync($"UPDATE pupil_states SET status = 'LONG_TERM_ABSENCE', band = '4W_3M' WHERE pgn = '{RegisterSeed.PupilC}' RETURNING 1");
        await harness.RowsAsync($"UPDATE pupil_states SET status = 'ATTENDING', since = NULL, band = NULL WHERE pgn = '{RegisterSeed.PupilA}' RETURNING 1");
        await harness.RowsAsync($"UPDATE conflicts SET state = 'RESOLVED' WHERE pgn = '{RegisterSeed.PupilA}' RETURNING 1");
        var second = await CreateAsync(client, "2026-06-15", null);
        var next = await client.GetFromJsonAsync<OverlegOverview>(new Uri($"/api/cases/overleg/{second.Id}", UriKind.Relative));

        Assert.Equal(first.Id, next!.PreviousId);
        var c = next.Cases.Single(x => x.PersonKey == RegisterSeed.PupilC);
        Assert.Equal("GEWIJZIGD", c.Change);
        Assert.Contains("AT_RISK → LONG_TERM_ABSENCE", c.ChangeDetail, StringComparison.Ordinal);
        Assert.Equal(("Gesprek met ouders en school", "Lotte (leerplicht)", new DateOnly(2026, 5, 1)), (c.PreviousStep!.What, c.PreviousStep.Who, c.PreviousStep.DueDate!.Value));
        Assert.Equal("VERVALLEN", next.Cases.Single(x => x.PersonKey == RegisterSeed.PupilA).Change);
        Assert.Equal(2, (await client.GetFromJsonAsync<List<OverlegSummary>>(new Uri("/api/cases/overleg?gemeente=0361", UriKind.Relative)))!.Count);
    }

    [Fact]
    public async Task Overview_IsAuditedOnceAndPrintsAsDutchCsv()
    {
        using var client = harness.Client(TestUsers.Swv);
        var created = await CreateAsync(client, "2026-04-20", null);
        var before = await harness.CountAsync("audit_log");

        var csv = await client.GetAsync(new Uri($"/api/cases/overleg/{created.Id}/csv", UriKind.Relative));
        var bytes = await csv.Content.ReadAsByteArrayAsync();

        Assert.Equal(before + 1, await harness.CountAsync("audit_log"));
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        Assert.StartsWith("BSN/onderwijsnummer;Naam;Status;Sinds;Duur;Open conflicten;In gateway;In lijst leerplicht;", text, StringComparison.Ordinal);
        Assert.Contains(RegisterSeed.PupilA + ";Piet Zwanenburgh;ABSOLUTE_ABSENCE;02-03-2026;", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Overview_OtherGemeente_IsUnknown()
    {
        using var owner = harness.Client(TestUsers.Leerplicht0361);
        var created = await CreateAsync(owner, "2026-04-20", null);
        using var other = harness.Client(TestUsers.Leerplicht0383);
        using var school = harness.Client(TestUsers.School12Ab);

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(new Uri($"/api/cases/overleg/{created.Id}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(new Uri("/api/cases/overleg?gemeente=0361", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsJsonAsync(new Uri("/api/cases/overleg", UriKind.Relative), new OverlegRequest("0361", "2026-04-20", null))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await school.PostAsJsonAsync(new Uri($"/api/cases/overleg/{created.Id}/steps", UriKind.Relative),
            new OverlegStepRequest(RegisterSeed.PupilA, "x", "y", null))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await owner.GetAsync(new Uri("/api/cases/overleg/999999", UriKind.Relative))).StatusCode);
    }

    [Theory]
    [InlineData("{\"gemeente\":\"361\",\"heldOn\":\"2026-04-20\"}", "gemeente")]
    [InlineData("{\"gemeente\":\"0361\",\"heldOn\":\"20-04-2026\"}", "heldOn")]
    [InlineData("{\"gemeente\":\"0361\"}", "heldOn")]
    [InlineData("{\"gemeente\":\"0361\",\"heldOn\":\"2026-04-20\",\"officerList\":\"a\\u0000b\"}", "officerList")]
    public async Task Create_BadField_Is400NamingIt(string body, string parameter)
    {
        using var client = harness.Client(TestUsers.Swv);

        var response = await client.PostAsync(new Uri("/api/cases/overleg", UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"\"parameter\":\"{parameter}\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what", 1001)]
    [InlineData("who", 201)]
    public async Task Step_OverlongField_Is400NamingIt(string field, int length)
    {
        using var client = harness.Client(TestUsers.Swv);
        var created = await CreateAsync(client, "2026-04-20", null);
        var request = field == "what"
            ? new OverlegStepRequest(RegisterSeed.PupilA, new string('x', length), "y", null)
            : new OverlegStepRequest(RegisterSeed.PupilA, "x", new string('y', length), null);

        var response = await client.PostAsJsonAsync(new Uri($"/api/cases/overleg/{created.Id}/steps", UriKind.Relative), request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"\"parameter\":\"{field}\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await harness.CountAsync("overleg_steps"));
    }

    private static async Task<OverlegSummary> CreateAsync(HttpClient client, string heldOn, string? officerList)
    {
        var response = await client.PostAsJsonAsync(new Uri("/api/cases/overleg", UriKind.Relative), new OverlegRequest("0361", heldOn, officerList));
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<OverlegSummary>())!;
    }
}

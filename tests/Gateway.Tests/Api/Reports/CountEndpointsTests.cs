using System.Net;
using System.Net.Http.Json;
using Thuiszitters.Gateway.Reports;

namespace Thuiszitters.Gateway.Tests.Api.Reports;

/// <summary>Counts carry no personal data; leerplicht's cover only its own gemeente.</summary>
[Collection(ApiTests.Collection)]
public sealed class CountEndpointsTests : IAsyncLifetime
{
    private static readonly Uri Counts = new("/api/counts", UriKind.Relative);

    private readonly ApiHarness harness = new();

    public Task InitializeAsync() => harness.InitializeAsync();

    public Task DisposeAsync() => harness.DisposeAsync();

    [Theory]
    [InlineData(nameof(TestUsers.Swv))]
    [InlineData(nameof(TestUsers.Inspectie))]
    [InlineData(nameof(TestUsers.Board))]
    [InlineData(nameof(TestUsers.Leerplicht0361))]
    public async Task Counts_AnyRoleAllowed_ContainNoPgnAnywhere(string user)
    {
        using var client = harness.Client(TestUsers.Named(user));

        var response = await client.GetAsync(Counts);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("ABSOLUTE_ABSENCE", body, StringComparison.Ordinal);
        Assert.All(RegisterSeed.Pupils, pgn => Assert.DoesNotContain(pgn, body, StringComparison.Ordinal));
        Assert.All(RegisterSeed.Surnames, name => Assert.DoesNotContain(name, body, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Counts_Inspectie_CoverTheWholeRegion()
    {
        var counts = await CountsAsync(TestUsers.Inspectie);

        Assert.Null(counts.Gemeente);
        Assert.Equal(RegisterSeed.AsOf, counts.AsOf);
        Assert.Equal(4, counts.Statuses.Sum(s => s.Count));
        Assert.Equal(3, counts.Conflicts.Sum(c => c.Count));
    }

    [Fact]
    public async Task Counts_Leerplicht_CoverOnlyItsGemeente()
    {
        var counts = await CountsAsync(TestUsers.Leerplicht0361);

        Assert.Equal("0361", counts.Gemeente);
        Assert.Equal(
            ["ABSOLUTE_ABSENCE/LT_4W=1", "AT_RISK/-=1"],
            counts.Statuses.Select(s => $"{s.Key}/{s.Detail ?? "-"}={s.Count}").ToList());
        Assert.Equal(["NOT_IN_ROD/OPEN=1"], counts.Conflicts.Select(c => $"{c.Key}/{c.Detail}={c.Count}").ToList());
    }

    [Fact]
    public async Task Counts_ItStaff_Is403()
    {
        using var client = harness.Client(TestUsers.ItStaff);

        var response = await client.GetAsync(Counts);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private async Task<RegisterCounts> CountsAsync(TestUser user)
    {
        using var client = harness.Client(user);
        return (await client.GetFromJsonAsync<RegisterCounts>(Counts))!;
    }
}

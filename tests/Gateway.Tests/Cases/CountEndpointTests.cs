using System.Net;
using System.Net.Http.Json;
using System.Text;
using Thuiszitters.Gateway.Cases;
using Thuiszitters.Gateway.Tests.Api;

namespace Thuiszitters.Gateway.Tests.Cases;

/// <summary>The counts API: the quarterly count and the legal counts as JSON and Dutch CSV, scoped, every parameter checked.</summary>
public sealed class CountEndpointTests : IAsyncLifetime
{
    private readonly ApiHarness harness = new();

    public Task InitializeAsync() => harness.InitializeAsync();

    public Task DisposeAsync() => harness.DisposeAsync();

    [Fact]
    public async Task Quarter_DefaultsToTheCurrentQuarterAndTakesTheDailyCountsFirst()
    {
        using var client = harness.Client(TestUsers.Swv);

        var quarter = await client.GetFromJsonAsync<QuarterCount>(new Uri("/api/cases/counts/quarter", UriKind.Relative));

        Assert.Equal("2026-Q2", quarter!.Quarter);
        Assert.Equal(4, quarter.Total.Value);
        Assert.Equal(3, quarter.Thuiszitters.Value);
        Assert.True(await harness.CountAsync("count_history", "day = '2026-04-15'") > 0);
    }

    [Fact]
    public async Task QuarterCsv_HasDutchHeadersSemicolonsAndABom()
    {
        using var client = harness.Client(TestUsers.Inspectie);

        var response = await client.GetAsync(new Uri("/api/cases/counts/quarter.csv?quarter=2026-Q2", UriKind.Relative));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.StartsWith("Kwartaal;Van;Tot en met;Indeling;Waarde;Aantal\r\n", text, StringComparison.Ordinal);
        Assert.Contains("2026-Q2;01-04-2026;30-06-2026;Totaal;Totaal casussen;<5\r\n", text, StringComparison.Ordinal);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task DayCsv_Leerplicht_OwnGemeenteOnly()
    {
        using var client = harness.Client(TestUsers.Leerplicht0361);

        var own = await client.GetAsync(new Uri("/api/cases/counts/day.csv?kind=GEMEENTE&code=0361", UriKind.Relative));
        var other = await client.GetAsync(new Uri("/api/cases/counts/day.csv?kind=GEMEENTE&code=0383", UriKind.Relative));
        var region = await client.GetAsync(new Uri("/api/cases/counts/day?kind=REGIO", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Contains("15-04-2026;Gemeente;0361;Absoluut verzuim;1\r\n", await own.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, region.StatusCode);
    }

    [Fact]
    public async Task Trend_Swv_GivesEveryMetricPerDay()
    {
        using var client = harness.Client(TestUsers.Swv);

        var series = await client.GetFromJsonAsync<List<TrendSeries>>(new Uri("/api/cases/counts/trend?kind=SCHOOL&code=34CD00&from=2026-01-01", UriKind.Relative));

        Assert.Equal(CountMetrics.All, series!.Select(s => s.Metric));
        Assert.Equal([new TrendPoint(new DateOnly(2026, 4, 15), 1)], series!.Single(s => s.Metric == "AT_RISK").Points);
    }

    [Theory]
    [InlineData("quarter?quarter=2026-Q5", "quarter")]
    [InlineData("quarter?quarter=%00", "quarter")]
    [InlineData("quarter?year=2026", "year")]
    [InlineData("day?kind=LAND", "kind")]
    [InlineData("day?kind=GEMEENTE", "code")]
    [InlineData("day?kind=GEMEENTE&code=abcd", "code")]
    [InlineData("day?kind=SCHOOL&code=12AB0", "code")]
    [InlineData("day?kind=REGIO&day=15-04-2026", "day")]
    [InlineData("trend?from=gisteren", "from")]
    public async Task Counts_BadParameter_Is400NamingIt(string query, string parameter)
    {
        using var client = harness.Client(TestUsers.Swv);

        var response = await client.GetAsync(new Uri("/api/cases/counts/" + query, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"\"parameter\":\"{parameter}\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(nameof(TestUsers.School12Ab))]
    [InlineData(nameof(TestUsers.ItStaff))]
    public async Task Counts_RolesWithoutCounts_AreRefused(string user)
    {
        using var client = harness.Client(TestUsers.Named(user));

        var response = await client.GetAsync(new Uri("/api/cases/counts/quarter", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}

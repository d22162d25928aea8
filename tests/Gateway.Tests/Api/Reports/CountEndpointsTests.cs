using System.Net;
using System.Net.Http.Json;
using Thuiszitters.Gateway.Reports;

namespace Thuiszitters.Gateway.Tests.Api.Reports;

/// <summary>Counts carry no personal data; leerplicht's cover only its own gemeente.</summary>
public sealed class CountEndpointsTests : IAsyncLifetime
{
    private static readonly Uri Counts = new("/api/counts", UriKind.Relative);

    private static readonly System.Text.Json.JsonSerializerOptions WebJson = new(System.Text.Json.JsonSerializerDefaults.Web);

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
    public async Task Counts_Swv_CoverTheWholeRegionInFull()
    {
        var counts = await CountsAsync(TestUsers.Swv);

        Assert.Null(counts.Gemeente);
        Assert.Equal("region", counts.Scope);
        Assert.False(counts.SmallCellsSuppressed);
        Assert.Equal(RegisterSeed.AsOf, counts.AsOf);
        Assert.Equal(4, counts.Statuses.Sum(s => s.Count));
        Assert.Equal(3, counts.Conflicts.Sum(c => c.Count));
    }

    /// <summary>The Inspectie sees the region's counts from outside: every cell of 1 to 4 is "&lt;5" without its number.</summary>
    [Fact]
    public async Task Counts_Inspectie_CoverTheRegionWithSmallCellsSuppressed()
    {
        using var client = harness.Client(TestUsers.Inspectie);
        var body = await client.GetStringAsync(Counts);
        var counts = System.Text.Json.JsonSerializer.Deserialize<RegisterCounts>(body, WebJson)!;

        Assert.Equal("region", counts.Scope);
        Assert.True(counts.SmallCellsSuppressed);
        Assert.NotEmpty(counts.Statuses);
        Assert.All(counts.Statuses.Concat(counts.Conflicts), line =>
        {
            Assert.True(line.Suppressed);
            Assert.Null(line.Count);
            Assert.Equal("<5", line.Display);
        });
        Assert.DoesNotContain("\"count\":1", body, StringComparison.Ordinal);
        Assert.DoesNotContain("\"count\":2", body, StringComparison.Ordinal);
    }

    /// <summary>A board gets its own schools' pupils (A at school A, D at school C), not the region's four.</summary>
    [Fact]
    public async Task Counts_Board_CoverOnlyItsOwnSchools()
    {
        var counts = await CountsAsync(TestUsers.Board);

        Assert.Equal("board", counts.Scope);
        Assert.False(counts.SmallCellsSuppressed);
        Assert.Equal(["ABSOLUTE_ABSENCE/LT_4W=2"], counts.Statuses.Select(s => $"{s.Key}/{s.Detail ?? "-"}={s.Count}").ToList());
        Assert.Equal(
            ["NOT_IN_ROD/OPEN=1", "UNENROLLED_WITHOUT_NEW_SCHOOL/OPEN=1"],
            counts.Conflicts.Select(c => $"{c.Key}/{c.Detail}={c.Count}").ToList());
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

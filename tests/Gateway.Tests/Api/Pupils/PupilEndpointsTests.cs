using System.Net;
using System.Net.Http.Json;
using Thuiszitters.Gateway.Pupils;

namespace Thuiszitters.Gateway.Tests.Api.Pupils;

/// <summary>Who sees which pupils: leerplicht its residents, a school its pupils, a board its schools', the SWV all.</summary>
public sealed class PupilEndpointsTests : IAsyncLifetime
{
    private readonly ApiHarness harness = new();

    public Task InitializeAsync() => harness.InitializeAsync();

    public Task DisposeAsync() => harness.DisposeAsync();

    [Fact]
    public async Task List_Leerplicht_SeesOnlyResidentsOfItsGemeente()
    {
        Assert.Equal(Sorted(RegisterSeed.PupilA, RegisterSeed.PupilC), await ListAsync(TestUsers.Leerplicht0361));
        Assert.Equal(Sorted(RegisterSeed.PupilB, RegisterSeed.PupilD), await ListAsync(TestUsers.Leerplicht0383));
    }

    [Fact]
    public async Task Detail_LeerplichtResidentOfAnotherGemeente_Is404()
    {
        using var client = harness.Client(TestUsers.Leerplicht0361);

        var other = await client.GetAsync(Detail(RegisterSeed.PupilB));
        var own = await client.GetFromJsonAsync<PupilDetail>(Detail(RegisterSeed.PupilA));

        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.DoesNotContain(RegisterSeed.PupilB, await other.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(RegisterSeed.PupilA, own!.Pupil.Pgn);
        Assert.Equal("0361", own.Pupil.Gemeente);
        Assert.Contains(own.Facts, f => f.Source == "BRP" && f.File == "brp_0361_20260401.csv");
    }

    [Fact]
    public async Task List_School_SeesOnlyItsOwnPupils()
    {
        Assert.Equal([RegisterSeed.PupilA], await ListAsync(TestUsers.School12Ab));
        Assert.Equal(Sorted(RegisterSeed.PupilB, RegisterSeed.PupilC), await ListAsync(TestUsers.School34Cd));
    }

    [Fact]
    public async Task Detail_SchoolPupilOfAnotherSchool_Is404()
    {
        using var client = harness.Client(TestUsers.School12Ab);

        var other = await client.GetAsync(Detail(RegisterSeed.PupilC));
        var own = await client.GetAsync(Detail(RegisterSeed.PupilA));

        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
    }

    [Fact]
    public async Task List_Board_SeesThePupilsOfItsSchoolsOnly()
    {
        Assert.Equal(Sorted(RegisterSeed.PupilA, RegisterSeed.PupilD), await ListAsync(TestUsers.Board));

        using var client = harness.Client(TestUsers.Board);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(Detail(RegisterSeed.PupilB))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(Detail(RegisterSeed.PupilD))).StatusCode);
    }

    [Fact]
    public async Task List_Swv_SeesEveryPupilOfTheRegion()
    {
        Assert.Equal(Sorted([.. RegisterSeed.Pupils]), await ListAsync(TestUsers.Swv));
    }

    [Theory]
    [MemberData(nameof(TestUsers.WithoutPupilAccess), MemberType = typeof(TestUsers))]
    public async Task Pupils_RoleWithoutPupilAccess_Is403AndNothingIsAudited(string user)
    {
        using var client = harness.Client(TestUsers.Named(user));

        var list = await client.GetAsync(new Uri("/api/pupils", UriKind.Relative));
        var detail = await client.GetAsync(Detail(RegisterSeed.PupilA));

        Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, detail.StatusCode);
        Assert.DoesNotContain(RegisterSeed.PupilA, await list.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await harness.CountAsync("audit_log"));
    }

    internal static Uri Detail(string pgn, string? purpose = "huisbezoek voorbereiden") =>
        new(purpose is null ? $"/api/pupils/{pgn}" : $"/api/pupils/{pgn}?purpose={Uri.EscapeDataString(purpose)}", UriKind.Relative);

    private static List<string> Sorted(params string[] pgns) => [.. pgns.Order(StringComparer.Ordinal)];

    private async Task<List<string>> ListAsync(TestUser user)
    {
        using var client = harness.Client(user);
        var pupils = await client.GetFromJsonAsync<List<PupilSummary>>(new Uri("/api/pupils?outOfSchoolOnly=false", UriKind.Relative));
        return Sorted([.. pupils!.Select(p => p.Pgn!)]);
    }
}

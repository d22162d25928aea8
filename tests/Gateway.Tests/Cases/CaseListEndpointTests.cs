using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Thuiszitters.Gateway.Cases;
using Thuiszitters.Gateway.Tests.Api;

namespace Thuiszitters.Gateway.Tests.Cases;

/// <summary>The case overview: who sees which cases, with names; search, filters, order and paging with a total; one audit entry per list.</summary>
public sealed class CaseListEndpointTests : IAsyncLifetime
{
    private readonly ApiHarness harness = new();

    public async Task InitializeAsync()
    {
        await harness.InitializeAsync();
        await CaseHarness.AddRegistrationAsync(harness);
    }

    public Task DisposeAsync() => harness.DisposeAsync();

    [Fact]
    public async Task List_Swv_SeesEveryCaseOfTheRegionWithNameAgeAndRegistration()
    {
        var page = await ListAsync(TestUsers.Swv, "");

        Assert.Equal(4, page.Total);
        Assert.Equal(RegisterSeed.Pupils.Order(StringComparer.Ordinal), page.Items.Select(i => i.Pgn!).Order(StringComparer.Ordinal));
        var b = page.Items.Single(i => i.Pgn == RegisterSeed.PupilB);
        Assert.Equal("Piet Kroezeveld", b.Name);
        Assert.Equal("2013-05-20", b.BirthDate);
        Assert.Equal(12, b.Age);
        Assert.Equal("SCHOOLANGST", b.Reason);
        Assert.True(b.Plan);
        Assert.Equal(CaseHarness.Regiehouder, b.Regiehouder);
        Assert.Equal(["ENROLMENT_GAP"], b.OpenConflicts);
        Assert.Equal(44, b.DurationDays);
        Assert.Equal(new DateOnly(2026, 4, 15), page.AsOf);
    }

    [Theory]
    [InlineData(nameof(TestUsers.Leerplicht0361), "701,703")]
    [InlineData(nameof(TestUsers.Leerplicht0383), "702,704")]
    [InlineData(nameof(TestUsers.School12Ab), "701")]
    [InlineData(nameof(TestUsers.School34Cd), "702,703")]
    [InlineData(nameof(TestUsers.Board), "701,704")]
    public async Task List_ScopedRoles_SeeOnlyTheirOwnCases(string user, string expected)
    {
        var page = await ListAsync(TestUsers.Named(user), "");

        var pgns = expected.Split(',').Select(n => Infrastructure.Pgns.Bsn(int.Parse(n, System.Globalization.CultureInfo.InvariantCulture))).Order(StringComparer.Ordinal);
        Assert.Equal(pgns, page.Items.Select(i => i.Pgn!).Order(StringComparer.Ordinal));
        Assert.Equal(page.Items.Count, page.Total);
    }

    [Theory]
    [InlineData(nameof(TestUsers.Inspectie))]
    [InlineData(nameof(TestUsers.ItStaff))]
    public async Task List_RolesWithoutPupilAccess_AreRefused(string user)
    {
        using var client = harness.Client(TestUsers.Named(user));

        var response = await client.GetAsync(new Uri("/api/cases", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task List_Filters_SelectByStatusBandGemeenteSchoolAndOpenConflict()
    {
        Assert.Equal(Sorted(RegisterSeed.PupilA, RegisterSeed.PupilD), Pgns(await ListAsync(TestUsers.Swv, "status=ABSOLUTE_ABSENCE")));
        Assert.Equal([RegisterSeed.PupilB], Pgns(await ListAsync(TestUsers.Swv, "band=4W_3M")));
        Assert.Equal(Sorted(RegisterSeed.PupilA, RegisterSeed.PupilC), Pgns(await ListAsync(TestUsers.Swv, "gemeente=0361")));
        Assert.Equal(Sorted(RegisterSeed.PupilB, RegisterSeed.PupilC), Pgns(await ListAsync(TestUsers.Swv, "school=34CD00")));
        Assert.Equal([RegisterSeed.PupilC], Pgns(await ListAsync(TestUsers.Swv, "openConflict=false")));
        Assert.Equal(3, (await ListAsync(TestUsers.Swv, "openConflict=true")).Total);
    }

    [Fact]
    public async Task List_Search_FindsByPartOfTheNameCaseInsensitiveOrByPgn()
    {
        Assert.Equal([RegisterSeed.PupilA], Pgns(await ListAsync(TestUsers.Swv, "q=zwanen")));
        Assert.Equal([RegisterSeed.PupilD], Pgns(await ListAsync(TestUsers.Swv, "q=" + RegisterSeed.PupilD)));
        Assert.Empty((await ListAsync(TestUsers.Swv, "q=%25")).Items);
    }

    [Fact]
    public async Task List_SortAndPage_KeepTheOrderAndTellTheTotal()
    {
        var byName = await ListAsync(TestUsers.Swv, "sort=name");
        Assert.Equal(["Kroezeveld", "Ploegmakers", "Tiemersma", "Zwanenburgh"], byName.Items.Select(i => i.Name!.Split(' ')[^1]));
        var desc = await ListAsync(TestUsers.Swv, "sort=name&dir=desc");
        Assert.Equal(byName.Items.Select(i => i.PersonKey).Reverse(), desc.Items.Select(i => i.PersonKey));

        var second = await ListAsync(TestUsers.Swv, "sort=name&limit=2&offset=2");
        Assert.Equal(4, second.Total);
        Assert.Equal(byName.Items.Skip(2).Select(i => i.PersonKey), second.Items.Select(i => i.PersonKey));
        var beyond = await ListAsync(TestUsers.Swv, "offset=10");
        Assert.Equal(4, beyond.Total);
        Assert.Empty(beyond.Items);
    }

    [Theory]
    [InlineData("status=SLEEPING", "status")]
    [InlineData("status=absolute_absence", "status")]
    [InlineData("band=5W", "band")]
    [InlineData("sort=pgn", "sort")]
    [InlineData("dir=up", "dir")]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=201", "limit")]
    [InlineData("limit=abc", "limit")]
    [InlineData("offset=-1", "offset")]
    [InlineData("gemeente=361", "gemeente")]
    [InlineData("school=12ab00", "school")]
    [InlineData("openConflict=yes", "openConflict")]
    [InlineData("q=a%00b", "q")]
    [InlineData("status=%00", "status")]
    [InlineData("colour=red", "colour")]
    [InlineData("limit=1&limit=2", "limit")]
    public async Task List_BadParameter_Is400ProblemNamingIt(string query, string parameter)
    {
        using var client = harness.Client(TestUsers.Swv);

        var response = await client.GetAsync(new Uri("/api/cases?" + query, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(parameter, problem.RootElement.GetProperty("parameter").GetString());
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task List_OverlongValue_Is400ProblemNamingIt()
    {
        using var client = harness.Client(TestUsers.Swv);

        var search = await client.GetAsync(new Uri("/api/cases?q=" + new string('a', 101), UriKind.Relative));
        var status = await client.GetAsync(new Uri("/api/cases?status=" + new string('A', 5000), UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, search.StatusCode);
        Assert.Contains("\"parameter\":\"q\"", await search.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, status.StatusCode);
        Assert.Contains("\"parameter\":\"status\"", await status.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_IsAuditedAsOneEntryWithThePupilsItShowed()
    {
        var before = await harness.CountAsync("audit_log");

        var page = await ListAsync(TestUsers.Leerplicht0361, "");

        Assert.Equal(before + 1, await harness.CountAsync("audit_log"));
        var rows = await harness.RowsAsync("SELECT actor || '|' || action || '|' || array_to_string(pgns, ',' ) FROM audit_log WHERE action = 'case-list'");
        Assert.Equal([$"Lotte Leerplicht|case-list|{string.Join(',', page.Items.Select(i => i.PersonKey))}"], rows);
    }

    [Fact]
    public async Task List_ConflictDismissed_LeavesTheListWhenThePupilIsAttending()
    {
        // As a run would: the state changes, and the case index is built anew for it on the next read.
        await harness.RowsAsync($"UPDATE pupil_states SET status = 'ATTENDING', since = NULL, band = NULL WHERE pgn = '{RegisterSeed.PupilA}' RETURNING 1");
        await harness.RowsAsync("DELETE FROM case_index_state WHERE id = 1 RETURNING 1");
        Assert.Contains(RegisterSeed.PupilA, Pgns(await ListAsync(TestUsers.Swv, "")));

        await harness.RowsAsync($"UPDATE conflicts SET state = 'DISMISSED' WHERE pgn = '{RegisterSeed.PupilA}' RETURNING 1");

        Assert.DoesNotContain(RegisterSeed.PupilA, Pgns(await ListAsync(TestUsers.Swv, "")));
    }

    [Fact]
    public async Task List_ConflictsActedOnAfterTheIndexWasBuilt_AreReadLive()
    {
        Assert.Contains(RegisterSeed.PupilB, Pgns(await ListAsync(TestUsers.Swv, "openConflict=true")));

        await harness.RowsAsync($"UPDATE conflicts SET state = 'ACKNOWLEDGED' WHERE pgn = '{RegisterSeed.PupilB}' RETURNING 1");
        Assert.Contains(RegisterSeed.PupilB, Pgns(await ListAsync(TestUsers.Swv, "openConflict=true")));

        await harness.RowsAsync($"UPDATE conflicts SET state = 'DISMISSED' WHERE pgn = '{RegisterSeed.PupilB}' RETURNING 1");
        Assert.DoesNotContain(RegisterSeed.PupilB, Pgns(await ListAsync(TestUsers.Swv, "openConflict=true")));
        var page = await ListAsync(TestUsers.Swv, "openConflict=false");
        Assert.Empty(page.Items.Single(i => i.Pgn == RegisterSeed.PupilB).OpenConflicts);
    }

    private async Task<CaseListPage> ListAsync(TestUser user, string query)
    {
        using var client = harness.Client(user);
        var response = await client.GetAsync(new Uri("/api/cases?" + query, UriKind.Relative));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        return (await response.Content.ReadFromJsonAsync<CaseListPage>())!;
    }

    private static List<string> Pgns(CaseListPage page) => [.. page.Items.Select(i => i.Pgn!).Order(StringComparer.Ordinal)];

    private static List<string> Sorted(params string[] pgns) => [.. pgns.Order(StringComparer.Ordinal)];
}

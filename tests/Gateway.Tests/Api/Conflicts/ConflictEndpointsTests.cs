using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Thuiszitters.Gateway.Conflicts;

namespace Thuiszitters.Gateway.Tests.Api.Conflicts;

/// <summary>Acknowledge and dismiss are recorded with who, when and why, and only within the caller's scope.</summary>
public sealed class ConflictEndpointsTests : IAsyncLifetime
{
    private const string StateSql =
        "SELECT state, acknowledged_by, acknowledged_at, dismissed_by, dismissed_at, dismiss_reason FROM conflicts WHERE id = {0}";

    private const string EventsSql =
        "SELECT action, actor, at, reason FROM conflict_events WHERE conflict_id = {0} AND actor <> 'reconciliation' ORDER BY id";

    private static readonly string Now = ApiHarness.Now.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);

    private readonly ApiHarness harness = new();

    public Task InitializeAsync() => harness.InitializeAsync();

    public Task DisposeAsync() => harness.DisposeAsync();

    [Fact]
    public async Task Acknowledge_OwnSchoolsConflict_RecordsWhoAndWhenAndAnEvent()
    {
        var id = await ConflictIdAsync(RegisterSeed.PupilA);
        using var client = harness.Client(TestUsers.School12Ab);

        var response = await client.PostAsync(Action(id, "acknowledge"), null);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal([$"ACKNOWLEDGED|Sanne School (School)|{Now}|||"], await RowsAsync(StateSql, id));
        Assert.Equal([$"ACKNOWLEDGED|Sanne School (School)|{Now}|"], await RowsAsync(EventsSql, id));
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"reason\":\"   \"}")]
    [InlineData("{\"reason\":null}")]
    public async Task Dismiss_WithoutReason_Is400ProblemAndNothingChanges(string body)
    {
        var id = await ConflictIdAsync(RegisterSeed.PupilA);
        using var client = harness.Client(TestUsers.School12Ab);

        var response = await client.PostAsync(Action(id, "dismiss"), new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(["OPEN|||||"], await RowsAsync(StateSql, id));
        Assert.Empty(await RowsAsync(EventsSql, id));
    }

    [Fact]
    public async Task Dismiss_WithReason_RecordsWhoWhenAndReason()
    {
        var id = await ConflictIdAsync(RegisterSeed.PupilB);
        using var client = harness.Client(TestUsers.Leerplicht0383);

        var response = await client.PostAsJsonAsync(Action(id, "dismiss"), new DismissRequest("leerling is verhuisd naar het buitenland"));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(
            [$"DISMISSED|||Lars Leerplicht (Leerplicht)|{Now}|leerling is verhuisd naar het buitenland"],
            await RowsAsync(StateSql, id));
        Assert.Equal(
            [$"DISMISSED|Lars Leerplicht (Leerplicht)|{Now}|leerling is verhuisd naar het buitenland"],
            await RowsAsync(EventsSql, id));
    }

    [Fact]
    public async Task Actions_SchoolOnAnotherSchoolsConflict_Is404AndNothingChanges()
    {
        var id = await ConflictIdAsync(RegisterSeed.PupilB);
        using var client = harness.Client(TestUsers.School12Ab);

        var acknowledge = await client.PostAsync(Action(id, "acknowledge"), null);
        var dismiss = await client.PostAsJsonAsync(Action(id, "dismiss"), new DismissRequest("niet van ons"));

        Assert.Equal(HttpStatusCode.NotFound, acknowledge.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, dismiss.StatusCode);
        Assert.Equal(["OPEN|||||"], await RowsAsync(StateSql, id));
        Assert.Empty(await RowsAsync(EventsSql, id));
    }

    [Fact]
    public async Task Actions_LeerplichtOnAConflictAboutAnotherGemeentesResident_Is404AndNothingChanges()
    {
        var id = await ConflictIdAsync(RegisterSeed.PupilB);
        using var client = harness.Client(TestUsers.Leerplicht0361);

        var acknowledge = await client.PostAsync(Action(id, "acknowledge"), null);
        var dismiss = await client.PostAsJsonAsync(Action(id, "dismiss"), new DismissRequest("niet van ons"));

        Assert.Equal(HttpStatusCode.NotFound, acknowledge.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, dismiss.StatusCode);
        Assert.Equal(["OPEN|||||"], await RowsAsync(StateSql, id));
    }

    [Fact]
    public async Task Acknowledge_BoardOnItsSchoolsConflict_IsRecorded()
    {
        var id = await ConflictIdAsync(RegisterSeed.PupilD);
        using var client = harness.Client(TestUsers.Board);

        var response = await client.PostAsync(Action(id, "acknowledge"), null);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal([$"ACKNOWLEDGED|Bram Bestuur (Board)|{Now}|||"], await RowsAsync(StateSql, id));
    }

    [Fact]
    public async Task Acknowledge_UnknownConflict_Is404()
    {
        using var client = harness.Client(TestUsers.Swv);

        var response = await client.PostAsync(Action(987654, "acknowledge"), null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task List_School_SeesOnlyConflictsOfItsPupils()
    {
        using var school = harness.Client(TestUsers.School12Ab);
        using var swv = harness.Client(TestUsers.Swv);

        var own = await school.GetFromJsonAsync<List<PupilConflictItem>>(new Uri("/api/conflicts", UriKind.Relative));
        var all = await swv.GetFromJsonAsync<List<PupilConflictItem>>(new Uri("/api/conflicts", UriKind.Relative));

        Assert.Equal([RegisterSeed.PupilA], own!.Select(c => c.Pgn).ToList());
        Assert.Equal(3, all!.Count);
    }

    /// <summary>An escalated OVERDUE names the SWV: the school that sees it may no longer dismiss it; the SWV may.</summary>
    [Fact]
    public async Task Dismiss_EscalatedOverdue_OnlyTheSwv()
    {
        var id = await ConflictIdAsync(RegisterSeed.PupilA);
        await harness.RowsAsync($"UPDATE conflicts SET code = 'OVERDUE', acts = 'SWV', escalated = TRUE WHERE id = {id} RETURNING id");
        using var school = harness.Client(TestUsers.School12Ab);
        using var swv = harness.Client(TestUsers.Swv);

        var bySchool = await school.PostAsJsonAsync(Action(id, "dismiss"), new DismissRequest("wij vinden het opgelost"));
        Assert.Equal(HttpStatusCode.Forbidden, bySchool.StatusCode);
        Assert.Equal(["OPEN|||||"], await RowsAsync(StateSql, id));
        Assert.Equal([$"School|conflict-dismiss|{RegisterSeed.PupilA}|REFUSED"], await harness.RowsAsync("SELECT role, action, pgn, outcome FROM audit_log"));

        var bySwv = await swv.PostAsJsonAsync(Action(id, "dismiss"), new DismissRequest("besproken in het overleg"));
        Assert.Equal(HttpStatusCode.NoContent, bySwv.StatusCode);
        Assert.Equal([$"DISMISSED|||Sara Swv (Swv)|{Now}|besproken in het overleg"], await RowsAsync(StateSql, id));
    }

    /// <summary>Leerplicht sees the school's NOT_IN_ROD about its resident, but the school must act on it, not leerplicht.</summary>
    [Fact]
    public async Task Acknowledge_LeerplichtOnASchoolsConflictAboutItsResident_Is403()
    {
        var id = await ConflictIdAsync(RegisterSeed.PupilA);
        using var client = harness.Client(TestUsers.Leerplicht0361);

        var response = await client.PostAsync(Action(id, "acknowledge"), null);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(["OPEN|||||"], await RowsAsync(StateSql, id));
    }

    [Fact]
    public async Task Acknowledge_AlreadyDismissed_Is409()
    {
        var id = await ConflictIdAsync(RegisterSeed.PupilA);
        using var client = harness.Client(TestUsers.School12Ab);
        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsJsonAsync(Action(id, "dismiss"), new DismissRequest("dubbel"))).StatusCode);

        Assert.Equal(HttpStatusCode.Conflict, (await client.PostAsync(Action(id, "acknowledge"), null)).StatusCode);
    }

    private static Uri Action(long id, string action) => new(string.Create(CultureInfo.InvariantCulture, $"/api/conflicts/{id}/{action}"), UriKind.Relative);

    private Task<long> ConflictIdAsync(string pgn) => RegisterSeed.ConflictIdAsync(harness.Database.DataSource, pgn);

    private Task<IReadOnlyList<string>> RowsAsync(string sql, long id) => harness.RowsAsync(string.Format(CultureInfo.InvariantCulture, sql, id));
}

using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Thuiszitters.Gateway.Pupils;
using Thuiszitters.Gateway.Tests.Api.Pupils;

namespace Thuiszitters.Gateway.Tests.Api.Security;

/// <summary>Every read of pupil data leaves a row: who (name, role, organisation), when, which pupil and why.</summary>
public sealed class AuditLogTests : IAsyncLifetime
{
    private const string AuditSql = "SELECT at, actor, role, organisation, action, pgn, purpose FROM audit_log ORDER BY pgn";

    private const string ListSql = "SELECT at, actor, role, organisation, action, array_to_string(pgns, ','), purpose, outcome, endpoint FROM audit_log";

    private readonly ApiHarness harness = new();

    public Task InitializeAsync() => harness.InitializeAsync();

    public Task DisposeAsync() => harness.DisposeAsync();

    [Fact]
    public async Task List_WritesOneRowWithEveryPupilReturned()
    {
        using var client = harness.Client(TestUsers.Leerplicht0361);

        var pupils = await client.GetFromJsonAsync<List<PupilSummary>>(new Uri("/api/pupils?outOfSchoolOnly=false&purpose=signalering", UriKind.Relative));

        Assert.Equal(2, pupils!.Count);
        var at = At();
        var pupilsShown = string.Join(',', pupils.Select(p => p.Pgn));
        Assert.Equal(
            [$"{at}|Lotte Leerplicht|Leerplicht|0361|pupil-list|{pupilsShown}|signalering|ALLOWED|GET /api/pupils/"],
            await harness.RowsAsync(ListSql));
    }

    [Fact]
    public async Task Detail_WritesWhoWhenWhichPupilAndWhy()
    {
        using var client = harness.Client(TestUsers.School12Ab);

        var response = await client.GetAsync(PupilEndpointsTests.Detail(RegisterSeed.PupilA, "zorgoverleg"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
            [$"{At()}|Sanne School|School|{RegisterSeed.SchoolA}|pupil-detail|{RegisterSeed.PupilA}|zorgoverleg"],
            await harness.RowsAsync(AuditSql));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("%20%20")]
    public async Task Detail_WithoutPurpose_Is400ProblemWithoutPupilDataAndNotAudited(string? purpose)
    {
        using var client = harness.Client(TestUsers.Swv);
        var uri = new Uri(purpose is null ? $"/api/pupils/{RegisterSeed.PupilA}" : $"/api/pupils/{RegisterSeed.PupilA}?purpose={purpose}", UriKind.Relative);

        var response = await client.GetAsync(uri);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        using var problem = JsonDocument.Parse(body);
        Assert.Equal(400, problem.RootElement.GetProperty("status").GetInt32());
        Assert.False(problem.RootElement.TryGetProperty("pupil", out _));
        Assert.DoesNotContain(RegisterSeed.PupilA, body, StringComparison.Ordinal);
        Assert.Equal(0, await harness.CountAsync("audit_log"));
    }

    [Fact]
    public async Task Detail_OutOfScope_IsAuditedAsRefused()
    {
        using var client = harness.Client(TestUsers.Leerplicht0361);

        var response = await client.GetAsync(PupilEndpointsTests.Detail(RegisterSeed.PupilB));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(
            [$"Lotte Leerplicht|pupil-detail|{RegisterSeed.PupilB}|REFUSED"],
            await harness.RowsAsync("SELECT actor, action, pgn, outcome FROM audit_log"));
    }

    /// <summary>The audit time as <see cref="Infrastructure.RegisterContents"/> prints it: the fixed clock's now, in UTC.</summary>
    private static string At() => ApiHarness.Now.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);
}

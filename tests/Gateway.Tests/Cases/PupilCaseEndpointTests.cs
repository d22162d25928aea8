using System.Net;
using System.Net.Http.Json;
using Thuiszitters.Gateway.Cases;
using Thuiszitters.Gateway.Tests.Api;

namespace Thuiszitters.Gateway.Tests.Cases;

/// <summary>The pupil page: a purpose is required and audited; the timeline shows every fact with source, file, line and receipt; other organisations' pupils are unknown.</summary>
public sealed class PupilCaseEndpointTests : IAsyncLifetime
{
    private readonly ApiHarness harness = new();

    public async Task InitializeAsync()
    {
        await harness.InitializeAsync();
        await CaseHarness.AddRegistrationAsync(harness);
    }

    public Task DisposeAsync() => harness.DisposeAsync();

    [Fact]
    public async Task Pupil_WithPurpose_ShowsTheTimelineWithSourcesAndIsAudited()
    {
        using var client = harness.Client(TestUsers.Leerplicht0383);

        var pupil = await client.GetFromJsonAsync<PupilCase>(Url(RegisterSeed.PupilB, "CASUSOVERLEG", "overleg mei"));

        Assert.Equal("Piet Kroezeveld", pupil!.Pupil.Name);
        Assert.Equal("LONG_TERM_ABSENCE", pupil.Pupil.Status);
        Assert.Equal(CaseHarness.Regiehouder, pupil.Pupil.Regiehouder);
        var enrolment = Assert.Single(pupil.Timeline, t => t.Kind == "INSCHRIJVING");
        Assert.Equal(("school", "leerlingen_34CD00_20260301.csv", 2L), (enrolment.Source, enrolment.File, enrolment.Line!.Value));
        Assert.NotNull(enrolment.ReceivedAt);
        Assert.Equal(new DateOnly(2025, 8, 18), enrolment.Date);
        var registration = Assert.Single(pupil.Timeline, t => t.Kind == "THUISZITTERSREGISTRATIE");
        Assert.Contains("SCHOOLANGST", registration.Description, StringComparison.Ordinal);
        Assert.Equal("thuiszitters_34CD00_20260310.csv", registration.File);
        Assert.Contains(pupil.Timeline, t => t.Kind == "INWONER" && t.Source == "BRP" && t.File == "brp_0383_20260401.csv");
        Assert.Contains(pupil.Timeline, t => t.Kind == "CONFLICT" && t.Description.StartsWith("ENROLMENT_GAP", StringComparison.Ordinal));
        Assert.Single(pupil.Conflicts);

        var audit = await harness.RowsAsync("SELECT actor || '|' || action || '|' || pgn || '|' || purpose FROM audit_log WHERE action LIKE 'case-pupil%'");
        Assert.Equal([$"Lars Leerplicht|case-pupil|{RegisterSeed.PupilB}|voorbereiding casusoverleg: overleg mei"], audit);
    }

    [Fact]
    public async Task Pupil_ConflictHistory_IsOnTheTimeline()
    {
        var id = await RegisterSeed.ConflictIdAsync(harness.Database.DataSource, RegisterSeed.PupilB);
        using (var leerplicht = harness.Client(TestUsers.Leerplicht0383))
        {
            Assert.True((await leerplicht.PostAsync(new Uri($"/api/conflicts/{id}/acknowledge", UriKind.Relative), null)).IsSuccessStatusCode);
        }

        using var client = harness.Client(TestUsers.Swv);
        var pupil = await client.GetFromJsonAsync<PupilCase>(Url(RegisterSeed.PupilB, "CONFLICT", null));

        Assert.Contains(pupil!.Timeline, t => t.Kind == "CONFLICTHISTORIE" && t.Description.Contains("Lars Leerplicht", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(nameof(TestUsers.Leerplicht0361))]
    [InlineData(nameof(TestUsers.School12Ab))]
    [InlineData(nameof(TestUsers.Board))]
    public async Task Pupil_OfAnotherOrganisation_IsTheSame404AsAnUnknownOneAndAuditedAsRefused(string user)
    {
        using var client = harness.Client(TestUsers.Named(user));

        var other = await client.GetAsync(Url(RegisterSeed.PupilB, "CONTROLE", null));
        var unknown = await client.GetAsync(Url(Infrastructure.Pgns.Bsn(999), "CONTROLE", null));

        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal(WithoutTraceId(await unknown.Content.ReadAsStringAsync()), WithoutTraceId(await other.Content.ReadAsStringAsync()));
        Assert.DoesNotContain(RegisterSeed.PupilB, await other.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await harness.CountAsync("audit_log", $"action = 'case-pupil-refused' AND pgn = '{RegisterSeed.PupilB}'"));
    }

    [Theory]
    [InlineData("key=PGN&note=x", "purpose")]
    [InlineData("key=PGN&purpose=NIEUWSGIERIG", "purpose")]
    [InlineData("purpose=CONTROLE", "key")]
    [InlineData("key=PGN&purpose=CONTROLE&note=a%00b", "note")]
    [InlineData("key=PGN&purpose=CONTROLE&why=x", "why")]
    public async Task Pupil_BadParameter_Is400NamingIt(string query, string parameter)
    {
        using var client = harness.Client(TestUsers.Swv);

        var response = await client.GetAsync(new Uri("/api/cases/pupil?" + query.Replace("PGN", RegisterSeed.PupilA, StringComparison.Ordinal), UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"\"parameter\":\"{parameter}\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await harness.CountAsync("audit_log", "action LIKE 'case-pupil%'"));
    }

    [Fact]
    public async Task Pupil_OverlongNote_Is400()
    {
        using var client = harness.Client(TestUsers.Swv);

        var response = await client.GetAsync(Url(RegisterSeed.PupilA, "CONTROLE", new string('x', 201)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static string WithoutTraceId(string problem) =>
        System.Text.RegularExpressions.Regex.Replace(problem, "\"traceId\":\"[^\"]*\"", "");

    private static Uri Url(string key, string purpose, string? note) =>
        new($"/api/cases/pupil?key={key}&purpose={purpose}" + (note is null ? "" : "&note=" + Uri.EscapeDataString(note)), UriKind.Relative);
}

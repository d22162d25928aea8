using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Thuiszitters.Gateway.RodCorrections;
using Thuiszitters.Gateway.Tests.Api;
using Thuiszitters.Gateway.Tests.Infrastructure;

namespace Thuiszitters.Gateway.Tests.RodCorrections;

/// <summary>
/// The board's ROD corrections over the API against a fake DUO: derived from the seeded NOT_IN_ROD conflict (pupil A at
/// school 12AB00), submitted once despite a timeout, DUO's rejection shown in DUO's words, other boards refused.
/// </summary>
public sealed class RodCorrectionApiTests : IAsyncLifetime
{
    private const string OtherBoardToken = "tok-board-other-ffffffff";
    private readonly ApiHarness harness;

    private FakeDuo Duo { get; } = new();

    public RodCorrectionApiTests()
    {
        harness = new ApiHarness
        {
            Settings = new Dictionary<string, string?>
            {
                ["DuoRod:BaseUrl"] = Duo.BaseUrl.ToString(),

                // The passes are run by the tests themselves: no Hangfire server runs rod-poll beside them.
                ["Sync:Enabled"] = "false",
                ["DuoRod:AccessToken"] = FakeDuo.Token,
                ["DuoRod:Resilience:AttemptTimeout"] = "00:00:01",
                ["DuoRod:Resilience:BaseDelay"] = "00:00:00.050",
                ["Security:Users:20:Token"] = OtherBoardToken,
                ["Security:Users:20:Name"] = "Ander Bestuur",
                ["Security:Users:20:Role"] = "Board",
                ["Security:Users:20:Organisation"] = "bestuur-9",
                ["Security:Users:20:Schools:0"] = RegisterSeed.SchoolB,
            },
        };
    }

    public Task InitializeAsync() => harness.InitializeAsync();

    public async Task DisposeAsync()
    {
        await harness.DisposeAsync();
        Duo.Dispose();
    }

    private RodCorrectionCycle Cycle => harness.Host.Services.GetRequiredService<RodCorrectionCycle>();

    [Fact]
    public async Task Submit_ResponseTimesOut_IsRetriedWithTheSameKeyAndMakesOneDuoBatch()
    {
        Duo.SlowSubmissions = 1;
        await Cycle.RunAsync(CancellationToken.None);
        var board = harness.Client(TestUsers.Board);

        var response = await board.PostAsJsonAsync("/api/boards/rod-corrections/submit", new { school = RegisterSeed.SchoolA });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var posts = Duo.Submitted.ToList();
        Assert.Equal(2, posts.Count);
        Assert.Single(posts.Select(p => p.Key).Distinct());
        Assert.Equal(1, Duo.BatchesCreated);
        Assert.Equal(["SENT|B0001"], await harness.RowsAsync("SELECT state || '|' || duo_batch_id FROM rod_submissions"));
        var body = JsonNode.Parse(posts[0].Body)!;
        Assert.Equal("T", (string)body["mutations"]![0]!["type"]!);
        Assert.Equal(RegisterSeed.PupilA, (string)body["mutations"]![0]!["pgn"]!);
        Assert.Equal("2025-08-18", (string)body["mutations"]![0]!["startDate"]!);
    }

    [Fact]
    public async Task List_AfterDuoRejects_ShowsDuosTextAndTheConflictStaysOpen()
    {
        Duo.Judge = _ => ("REJECTED", "R17", "Dubbele inschrijving geconstateerd");
        await Cycle.RunAsync(CancellationToken.None);
        var board = harness.Client(TestUsers.Board);
        (await board.PostAsJsonAsync("/api/boards/rod-corrections/submit", new { school = (string?)null })).EnsureSuccessStatusCode();
        await Cycle.RunAsync(CancellationToken.None);

        var items = await board.GetFromJsonAsync<JsonArray>("/api/boards/rod-corrections");

        var item = Assert.Single(items!)!;
        Assert.Equal("REJECTED", (string)item["state"]!);
        Assert.Equal("R17", (string)item["signalCode"]!);
        Assert.Equal("Dubbele inschrijving geconstateerd", (string)item["signalText"]!);
        Assert.Equal(["OPEN"], await harness.RowsAsync("SELECT state FROM conflicts WHERE code = 'NOT_IN_ROD'"));
    }

    [Fact]
    public async Task AnotherBoard_SeesNoneOfTheseCorrectionsAndMayNotSubmitThem()
    {
        await Cycle.RunAsync(CancellationToken.None);
        var other = harness.Client(OtherBoardToken);

        var items = await other.GetFromJsonAsync<JsonArray>("/api/boards/rod-corrections");
        var submit = await other.PostAsJsonAsync("/api/boards/rod-corrections/submit", new { school = RegisterSeed.SchoolA });
        var asSchool = await harness.Client(TestUsers.School12Ab).GetAsync("/api/boards/rod-corrections");

        Assert.Empty(items!);
        Assert.Equal(HttpStatusCode.Forbidden, submit.StatusCode);
        Assert.Equal("school", (string)(await submit.Content.ReadFromJsonAsync<JsonObject>())!["parameter"]!);
        Assert.Equal(HttpStatusCode.Forbidden, asSchool.StatusCode);
        Assert.Empty(Duo.Requests);
        Assert.Equal(1, await harness.CountAsync("rod_corrections", "state = 'PROPOSED'"));
    }

    [Fact]
    public async Task List_UnknownState_Is400NamingTheParameter()
    {
        var response = await harness.Client(TestUsers.Board).GetAsync("/api/boards/rod-corrections?state=BOGUS");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("state", (string)(await response.Content.ReadFromJsonAsync<JsonObject>())!["parameter"]!);
    }

    [Fact]
    public async Task AutomaticSubmission_SwitchedOnByTheBoard_SendsWithoutAPerson()
    {
        var board = harness.Client(TestUsers.Board);
        (await board.PutAsJsonAsync("/api/boards/rod-corrections/settings", new { autoSubmit = true })).EnsureSuccessStatusCode();

        var result = await Cycle.RunAsync(CancellationToken.None);

        Assert.Equal(1, result.Proposed);
        Assert.Equal(1, result.Submitted);
        Assert.Equal(1, result.Processed);
        Assert.Equal(["ACCEPTED"], await harness.RowsAsync("SELECT state FROM rod_corrections"));
        Assert.True((bool)(await board.GetFromJsonAsync<JsonObject>("/api/boards/rod-corrections/settings"))!["autoSubmit"]!);
    }
}

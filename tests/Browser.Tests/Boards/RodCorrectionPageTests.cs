using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Thuiszitters.Browser.Tests.Infrastructure;
using Thuiszitters.Gateway.RodCorrections;
using Thuiszitters.Gateway.Security;
using Thuiszitters.Gateway.Tests.Api;
using Thuiszitters.Gateway.Tests.RodCorrections;

namespace Thuiszitters.Browser.Tests.Boards;

/// <summary>
/// The school board's ROD corrections page in a real browser, against a WireMock.Net fake DUO that rejects the
/// mutation: the seeded NOT_IN_ROD conflict of pupil A at school 12AB00 (written by the product's
/// <c>ReconciliationStore</c>) becomes a proposed T correction through the real deriver; the board presses "Indienen",
/// sees it submitted, and after DUO's answer has been read sees it rejected with DUO's code and text in DUO's words.
/// Another board sees none of it. No serious accessibility fault.
/// </summary>
[Collection(BrowserTests.Collection)]
[SuppressMessage("Reliability", "CA1001:Types that own disposable fields should be disposable", Justification = "Disposed by IAsyncLifetime.DisposeAsync.")]
public sealed class RodCorrectionPageTests : IAsyncLifetime
{
    private const string DuoCode = "R17";
    private const string DuoText = "Dubbele inschrijving geconstateerd";
    private static readonly TestUser OtherBoard = new("tok-board-bestuur9-ffff", "Anna Ander", CallerRole.Board, "bestuur-9", RegisterSeed.SchoolB);

    private readonly FakeDuo duo = new();
    private readonly BrowserSite site;

    public RodCorrectionPageTests()
    {
        duo.Judge = mutation => (string?)mutation["pgn"] == RegisterSeed.PupilA ? ("REJECTED", DuoCode, DuoText) : ("ACCEPTED", null, null);
        site = new BrowserSite(new Dictionary<string, string?>
        {
            ["DuoRod:BaseUrl"] = duo.BaseUrl.ToString(),
            ["DuoRod:AccessToken"] = FakeDuo.Token,

            // The passes are run by the test itself: no Hangfire server runs rod-poll beside it.
            ["Sync:Enabled"] = "false",
        });
    }

    private RodCorrectionCycle Cycle => site.Harness.Host.Services.GetRequiredService<RodCorrectionCycle>();

    [Fact]
    public async Task Board_SubmitsItsProposedCorrection_SeesDuosRejectionInDuosWords()
    {
        var derived = await Cycle.RunAsync(CancellationToken.None);
        Assert.Equal(1, derived.Proposed);

        var page = await site.LoginAsync(TestUsers.Board, "/boards/rod-correcties.html");
        await page.GotoAsync("/boards/rod-correcties.html");
        var rows = page.Locator("#correcties tr");

        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await Assertions.Expect(rows.First).ToContainTextAsync(RegisterSeed.SchoolA);
        await Assertions.Expect(rows.First).ToContainTextAsync(RegisterSeed.PupilA);
        await Assertions.Expect(rows.First).ToContainTextAsync("NOT_IN_ROD");
        await Assertions.Expect(rows.First).ToContainTextAsync("T (inschrijving toevoegen)");
        await Assertions.Expect(rows.First).ToContainTextAsync("voorgesteld");
        await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync("1 correctie");
        Assert.Empty(duo.Requests);

        await page.GetByRole(AriaRole.Button, new() { Name = "Indienen", Exact = true }).ClickAsync();

        await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync("1 batch ingediend bij DUO.");
        await Assertions.Expect(rows.First).ToContainTextAsync("ingediend");
        Assert.Equal(1, duo.BatchesCreated);

        await Cycle.RunAsync(CancellationToken.None);
        await page.ReloadAsync();

        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await Assertions.Expect(rows.First).ToContainTextAsync("afgewezen");
        await Assertions.Expect(rows.First.Locator("td").Last).ToHaveTextAsync(DuoCode + ": " + DuoText);
        await page.SelectOptionAsync("#toestand", "REJECTED");
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await page.SelectOptionAsync("#toestand", "PROPOSED");
        await Assertions.Expect(rows).ToHaveCountAsync(0);
        await page.SelectOptionAsync("#toestand", string.Empty);
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await BrowserSite.ScreenshotAsync(page, "boards-rod-correcties");
        Assert.Empty(await Axe.SeriousViolationsAsync(page));

        var other = await site.LoginAsync(OtherBoard, "/boards/rod-correcties.html");
        await other.GotoAsync("/boards/rod-correcties.html");

        await Assertions.Expect(other.Locator("#status")).ToHaveTextAsync("0 correcties");
        await Assertions.Expect(other.Locator("#correcties tr")).ToHaveCountAsync(0);
        await Assertions.Expect(other.Locator("body")).Not.ToContainTextAsync(RegisterSeed.PupilA);
    }

    public Task InitializeAsync() => site.InitializeAsync();

    public async Task DisposeAsync()
    {
        await site.DisposeAsync();
        duo.Dispose();
    }
}

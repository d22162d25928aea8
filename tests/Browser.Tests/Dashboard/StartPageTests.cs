using Microsoft.Playwright;
using Thuiszitters.Browser.Tests.Infrastructure;
using Thuiszitters.Gateway.Tests.Api;

namespace Thuiszitters.Browser.Tests.Dashboard;

/// <summary>The start page in a real browser: the NL Design System styles arrive from npm, a person logs in, no serious accessibility fault.</summary>
[Collection(BrowserTests.Collection)]
public sealed class StartPageTests : IAsyncLifetime
{
    private readonly BrowserSite site = new();

    [Fact]
    public async Task StartPage_ServesTheNlDesignSystemStylesFromNpm()
    {
        var page = await site.NewPageAsync();
        var css = await page.GotoAsync("/lib/utrecht-css/index.css");
        Assert.Equal(200, css!.Status);
        Assert.Contains(".utrecht-button", await css.TextAsync(), StringComparison.Ordinal);

        // Without a session the start page sends the browser to the sign-in page, which carries the same theme.
        await page.GotoAsync("/login");

        // The design tokens' theme is applied: the body takes its font from a token, not the browser's default.
        var font = await page.EvaluateAsync<string>("() => getComputedStyle(document.body).getPropertyValue('--utrecht-document-font-family')");
        Assert.False(string.IsNullOrWhiteSpace(font), "the utrecht-theme tokens are not applied to the page");
    }

    [Fact]
    public async Task Login_Swv_SeesThePupilListWithoutSeriousAccessibilityViolations()
    {
        var page = await site.LoginAsync(TestUsers.Swv);

        await Assertions.Expect(page.Locator("#pupilRows tr")).ToHaveCountAsync(RegisterSeed.Pupils.Count);
        await BrowserSite.ScreenshotAsync(page, "start-swv");
        Assert.Empty(await Axe.SeriousViolationsAsync(page));
    }

    [Fact]
    public async Task PupilRow_LinksToThePupilPage_WhereThePurposeIsChosenThenTheTimelineShownAndThatPurposeAudited()
    {
        var page = await site.LoginAsync(TestUsers.School12Ab);
        var link = page.Locator("#pupilRows").GetByRole(AriaRole.Link, new() { Name = RegisterSeed.PupilA, Exact = true });
        await Assertions.Expect(link).ToHaveAttributeAsync("href", "/cases/pupil.html?key=" + RegisterSeed.PupilA);
        Assert.Empty(await Axe.SeriousViolationsAsync(page));

        // A real link: reached and followed with the keyboard.
        await link.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(url => url.EndsWith("/cases/pupil.html?key=" + RegisterSeed.PupilA, StringComparison.Ordinal));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Waarom bekijkt u deze leerling?" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#pupil")).ToBeHiddenAsync();
        Assert.Empty(await Axe.SeriousViolationsAsync(page));
        await page.SelectOptionAsync("#purpose", "HUISBEZOEK");
        await page.ClickAsync("#purposeForm button[type=submit]");

        await Assertions.Expect(page.Locator("#events")).ToContainTextAsync("leerlingen_12AB00_20260301.csv");
        await Assertions.Expect(page.Locator("#ask")).ToBeHiddenAsync();
        Assert.Empty(await Axe.SeriousViolationsAsync(page));
        Assert.Equal(["huisbezoek of gesprek met ouders"], await site.Harness.RowsAsync($"SELECT purpose FROM audit_log WHERE action = 'case-pupil' AND pgn = '{RegisterSeed.PupilA}'"));
    }

    [Fact]
    public async Task PupilRowWithoutPgn_LinksToThePupilPageByTheSchoolsOwnKey()
    {
        const string key = RegisterSeed.SchoolA + "/99";
        await using (var insert = site.Harness.Database.DataSource.CreateCommand($"""
            INSERT INTO pupil_states (person_key, pgn, source_key, status, since, band, gemeente, schools, as_of, run_id, facts_hash)
            SELECT '{key}', NULL, '{key}', status, since, band, gemeente, ARRAY['{RegisterSeed.SchoolA}'], as_of, run_id, facts_hash
            FROM pupil_states WHERE person_key = '{RegisterSeed.PupilA}'
            """))
        {
            Assert.Equal(1, await insert.ExecuteNonQueryAsync());
        }

        var page = await site.LoginAsync(TestUsers.School12Ab);
        var link = page.Locator("#pupilRows").GetByRole(AriaRole.Link, new() { Name = $"(onbekend: {key})" });
        await Assertions.Expect(link).ToHaveAttributeAsync("href", "/cases/pupil.html?key=" + Uri.EscapeDataString(key));
        await link.ClickAsync();
        await page.SelectOptionAsync("#purpose", "HUISBEZOEK");
        await page.ClickAsync("#purposeForm button[type=submit]");

        await Assertions.Expect(page.Locator("#facts")).ToContainTextAsync($"(geen: {key})");
        await Assertions.Expect(page.Locator("#error")).ToBeEmptyAsync();
        Assert.Equal(1, await site.Harness.CountAsync("audit_log", $"action = 'case-pupil' AND pgn = '{key}'"));
    }

    [Fact]
    public async Task DismissButton_AsksTheReasonInADialog_AndDismissesWithIt()
    {
        var id = await RegisterSeed.ConflictIdAsync(site.Harness.Database.DataSource, RegisterSeed.PupilA);
        var page = await site.LoginAsync(TestUsers.School12Ab);
        await page.ClickAsync("nav button[data-tab=conflicts]");
        await Assertions.Expect(page.Locator("#conflictRows").GetByRole(AriaRole.Link, new() { Name = RegisterSeed.PupilA, Exact = true }))
            .ToHaveAttributeAsync("href", "/cases/pupil.html?key=" + RegisterSeed.PupilA);

        await page.ClickAsync($"[data-dismiss='{id}']");
        await Assertions.Expect(page.Locator("#dismissDialog")).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(page.Locator("#dismissDialog")).ToBeHiddenAsync();

        await page.ClickAsync($"[data-dismiss='{id}']");
        await page.FillAsync("#dismissReason", "dubbel geregistreerd");
        Assert.Empty(await Axe.SeriousViolationsAsync(page));
        await page.ClickAsync("#dismissForm button[type=submit]");

        await Assertions.Expect(page.Locator("#dismissDialog")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator($"[data-dismiss='{id}']")).ToHaveCountAsync(0);
        Assert.Equal(["DISMISSED|dubbel geregistreerd"], await site.Harness.RowsAsync($"SELECT state || '|' || dismiss_reason FROM conflicts WHERE id = {id}"));
    }

    public Task InitializeAsync() => site.InitializeAsync();

    public Task DisposeAsync() => site.DisposeAsync();
}

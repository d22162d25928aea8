using Microsoft.Playwright;
using Thuiszitters.Browser.Tests.Infrastructure;
using Thuiszitters.Gateway.Tests.Api;

namespace Thuiszitters.Browser.Tests.Cases;

/// <summary>
/// A leerplicht officer's case work in a real browser: filter the case overview, open a pupil with a purpose and read
/// the timeline with its sources, make and print the 8-weekly overview, read the counts; every page without a serious
/// accessibility violation, screenshots saved.
/// </summary>
[Collection(BrowserTests.Collection)]
public sealed class CaseWorkTests : IAsyncLifetime
{
    private readonly BrowserSite site = new();

    [Fact]
    public async Task Officer_FiltersOpensAPupilWithAPurposeAndPrintsTheOverview()
    {
        var page = await site.LoginAsync(TestUsers.Leerplicht0361);

        await page.GotoAsync("/cases/");
        await Assertions.Expect(page.Locator("#rows tr")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("#pageInfo")).ToHaveTextAsync("1–2 van 2");
        Assert.Empty(await Axe.SeriousViolationsAsync(page));

        await page.GetByLabel("Status").SelectOptionAsync("ABSOLUTE_ABSENCE");
        await page.GetByRole(AriaRole.Button, new() { Name = "Toon" }).ClickAsync();
        await Assertions.Expect(page.Locator("#rows tr")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#rows")).ToContainTextAsync("Piet Zwanenburgh");
        await BrowserSite.ScreenshotAsync(page, "cases-overview");

        await page.GetByRole(AriaRole.Link, new() { Name = "Piet Zwanenburgh" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Waarom bekijkt u deze leerling?" })).ToBeVisibleAsync();
        Assert.Empty(await Axe.SeriousViolationsAsync(page));
        await page.GetByLabel("Doel van de inzage").SelectOptionAsync("CASUSOVERLEG");
        await page.GetByLabel("Toelichting (optioneel)").FillAsync("overleg april");
        await page.GetByRole(AriaRole.Button, new() { Name = "Bekijk leerling" }).ClickAsync();
        await Assertions.Expect(page.Locator("#events")).ToContainTextAsync("leerlingen_12AB00_20260301.csv");
        await Assertions.Expect(page.Locator("#events")).ToContainTextAsync("brp_0361_20260401.csv");
        await Assertions.Expect(page.Locator("#title")).ToHaveTextAsync("Piet Zwanenburgh");
        await BrowserSite.ScreenshotAsync(page, "cases-pupil");
        Assert.Empty(await Axe.SeriousViolationsAsync(page));
        Assert.Equal(1, await site.Harness.CountAsync("audit_log", "action = 'case-pupil' AND purpose = 'voorbereiding casusoverleg: overleg april'"));

        await page.GotoAsync("/cases/overleg.html");
        await Assertions.Expect(page.GetByLabel("Gemeente (CBS-code)")).ToHaveValueAsync("0361");
        await page.GetByLabel("Datum overleg").FillAsync("2026-04-20");
        await page.GetByLabel("Lijst van leerplicht (optioneel): plak BSN's of een CSV-export").FillAsync(RegisterSeed.PupilA);
        await page.GetByRole(AriaRole.Button, new() { Name = "Maak nieuw overzicht" }).ClickAsync();
        await Assertions.Expect(page.Locator("#overlegRows > tr")).ToHaveCountAsync(2);
        await page.Locator("#what1").FillAsync("Huisbezoek");
        await page.Locator("#who1").FillAsync("Lotte");
        await page.Locator("#overlegRows > tr").Nth(1).GetByRole(AriaRole.Button, new() { Name = "Vastleggen" }).ClickAsync();
        await Assertions.Expect(page.Locator("#overlegRows")).ToContainTextAsync("Huisbezoek");
        Assert.Empty(await Axe.SeriousViolationsAsync(page));

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        await Assertions.Expect(page.Locator(".tz-nav")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("#newForm")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("#overlegTable")).ToBeVisibleAsync();
        await BrowserSite.ScreenshotAsync(page, "cases-overleg-print");
        Directory.CreateDirectory(RepositoryPaths.Screenshots);
        var pdf = await page.PdfAsync(new PagePdfOptions { Path = Path.Combine(RepositoryPaths.Screenshots, "cases-overleg.pdf"), PreferCSSPageSize = true });
        Assert.True(pdf.Length > 1000);
    }

    [Fact]
    public async Task Swv_ReadsTheCountsAndTrendsWithoutSeriousAccessibilityViolations()
    {
        var page = await site.LoginAsync(TestUsers.Swv);

        await page.GotoAsync("/cases/counts.html");

        await Assertions.Expect(page.Locator("#quarterBody")).ToContainTextAsync("2026-Q2");
        await Assertions.Expect(page.Locator("#dayBody")).ToContainTextAsync("Thuiszitters (officiële definitie)");
        await Assertions.Expect(page.Locator("#trendRows tr")).ToHaveCountAsync(8);
        Assert.True(await page.EvaluateAsync<bool>("() => typeof Chart !== 'undefined' && Chart.getChart('chartCases') !== undefined"));
        await BrowserSite.ScreenshotAsync(page, "cases-counts");
        Assert.Empty(await Axe.SeriousViolationsAsync(page));
    }

    public Task InitializeAsync() => site.InitializeAsync();

    public Task DisposeAsync() => site.DisposeAsync();
}

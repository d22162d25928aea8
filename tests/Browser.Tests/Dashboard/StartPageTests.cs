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

    public Task InitializeAsync() => site.InitializeAsync();

    public Task DisposeAsync() => site.DisposeAsync();
}

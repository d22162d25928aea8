using Microsoft.Playwright;
using Thuiszitters.Browser.Tests.Infrastructure;
using Thuiszitters.Gateway.Tests.Api;

namespace Thuiszitters.Browser.Tests.Security;

/// <summary>The sign-in page, signing out, and the admin's pages (people, audit log) in a real browser, under the site's Content-Security-Policy, without serious accessibility faults.</summary>
[Collection(BrowserTests.Collection)]
public sealed class PeoplePagesTests : IAsyncLifetime
{
    private readonly BrowserSite site = new();

    [Fact]
    public async Task LoginPage_WrongPasswordIsSaidInDutch_ThenSignInAndOut()
    {
        await site.Harness.AddPersonAsync(TestUsers.Swv);
        var page = await site.NewPageAsync();
        await page.GotoAsync("/");
        await page.WaitForURLAsync(url => url.Contains("/login?returnUrl=", StringComparison.Ordinal));

        await page.FillAsync("#userName", TestUsers.Swv.Token);
        await page.FillAsync("#password", "niet-het-wachtwoord");
        await page.ClickAsync("#signIn");
        await Assertions.Expect(page.Locator(".login-error")).ToContainTextAsync("Inloggen is niet gelukt");
        await BrowserSite.ScreenshotAsync(page, "login");
        Assert.Empty(await Axe.SeriousViolationsAsync(page));

        await page.FillAsync("#userName", TestUsers.Swv.Token);
        await page.FillAsync("#password", ApiHarness.PasswordOf(TestUsers.Swv));
        await page.ClickAsync("#signIn");
        await Assertions.Expect(page.Locator("#pupilRows tr")).ToHaveCountAsync(RegisterSeed.Pupils.Count);

        await page.ClickAsync("#logout");
        await page.WaitForURLAsync(url => url.Contains("/login", StringComparison.Ordinal));
        await page.GotoAsync("/");
        await page.WaitForURLAsync(url => url.Contains("/login?returnUrl=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Admin_AddsAPerson_AndReadsTheAuditLog()
    {
        var page = await site.LoginAsync(TestUsers.Admin, "/admin/people.html");
        await Assertions.Expect(page.Locator("#peopleRows tr")).ToHaveCountAsync(1);

        await page.FillAsync("#createForm [name=userName]", "m.deboer");
        await page.FillAsync("#createForm [name=displayName]", "M. de Boer");
        await page.SelectOptionAsync("#createForm [name=role]", "Leerplicht");
        await page.FillAsync("#createForm [name=organisation]", "0361");
        await page.FillAsync("#createForm [name=password]", "een-goed-wachtwoord");
        await page.ClickAsync("#createForm button[type=submit]");
        await Assertions.Expect(page.Locator("#peopleRows tr")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("#message")).ToContainTextAsync("m.deboer");
        await BrowserSite.ScreenshotAsync(page, "admin-people");
        Assert.Empty(await Axe.SeriousViolationsAsync(page));

        // A new password is set in the page's dialog, not a browser prompt; it signs in afterwards.
        await page.ClickAsync("[data-act=password][data-name='m.deboer']");
        await Assertions.Expect(page.Locator("#passwordDialog")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#passwordUser")).ToHaveTextAsync("m.deboer");
        await page.FillAsync("#newPassword", "een-nieuw-wachtwoord");
        Assert.Empty(await Axe.SeriousViolationsAsync(page));
        await page.PressAsync("#newPassword", "Enter");
        await Assertions.Expect(page.Locator("#passwordDialog")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("#message")).ToContainTextAsync("Wachtwoord ingesteld");
        var person = await site.NewPageAsync();
        await person.GotoAsync("/login");
        await person.FillAsync("#userName", "m.deboer");
        await person.FillAsync("#password", "een-nieuw-wachtwoord");
        await person.ClickAsync("#signIn");
        await person.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal));
        await person.CloseAsync();

        using (var leerplicht = site.Harness.Client(TestUsers.Leerplicht0361))
        {
            await leerplicht.GetAsync(new Uri($"/api/pupils/{RegisterSeed.PupilB}?purpose=nieuwsgierig", UriKind.Relative));
        }

        await page.GotoAsync("/admin/audit.html");
        await page.CheckAsync("#filter [name=refusedOnly]");
        await page.ClickAsync("#filter button[type=submit]");
        await Assertions.Expect(page.Locator("#auditRows tr")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#auditRows")).ToContainTextAsync("geweigerd");
        await BrowserSite.ScreenshotAsync(page, "admin-audit");
        Assert.Empty(await Axe.SeriousViolationsAsync(page));
    }

    public Task InitializeAsync() => site.InitializeAsync();

    public Task DisposeAsync() => site.DisposeAsync();
}

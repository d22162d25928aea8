using Microsoft.Playwright;

namespace Thuiszitters.Browser.Tests.Infrastructure;

/// <summary>
/// Debian's Chromium (<c>TZ_CHROMIUM</c>, default /usr/bin/chromium; scripts/ensure-web.sh installs it) driven by
/// Playwright, headless, with the background networking that this machine's closed network refuses switched off.
/// A missing browser fails the test: it is never skipped.
/// </summary>
internal sealed class Chromium : IAsyncDisposable
{
    private readonly IPlaywright playwright;

    private Chromium(IPlaywright playwright, IBrowser browser)
    {
        this.playwright = playwright;
        Browser = browser;
    }

    public IBrowser Browser { get; }

    public static async Task<Chromium> LaunchAsync()
    {
        var executable = Environment.GetEnvironmentVariable("TZ_CHROMIUM") is { Length: > 0 } configured ? configured : "/usr/bin/chromium";
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException($"{executable} is missing: run scripts/ensure-web.sh (apt-get install chromium) first.");
        }

        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync",
            ],
        });
        return new Chromium(playwright, browser);
    }

    /// <summary>A fresh context (no cookies, no storage) at the site, a laptop-sized window, Dutch.</summary>
    public async Task<IPage> NewPageAsync(Uri site)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = site.ToString(),
            ViewportSize = new ViewportSize { Width = 1366, Height = 900 },
            Locale = "nl-NL",
        });
        return await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        playwright.Dispose();
    }
}

using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Thuiszitters.Gateway.Tests.Api;

namespace Thuiszitters.Browser.Tests.Infrastructure;

/// <summary>
/// The gateway as a browser sees it: the API tests' host (<see cref="ApiHarness"/>: its own seeded register, fixed clock,
/// collected logs, the test users) served by Kestrel on a free loopback port, and one Chromium. A test class owns it as
/// an <see cref="IAsyncLifetime"/>.
/// </summary>
[SuppressMessage("Reliability", "CA1001:Types that own disposable fields should be disposable", Justification = "Disposed by IAsyncLifetime.DisposeAsync.")]
internal sealed class BrowserSite : IAsyncLifetime
{
    private Chromium? chromium;

    public BrowserSite(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?> { ["Web:PackagesPath"] = RepositoryPaths.NodeModules };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        Harness = new ApiHarness { Settings = all };
    }

    public ApiHarness Harness { get; }

    public Uri Address { get; private set; } = new("http://127.0.0.1/");

    public async Task InitializeAsync()
    {
        await Harness.InitializeAsync();
        Harness.Host.UseKestrel(0);
        Harness.Host.StartServer();
        var addresses = Harness.Host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        Address = new Uri(addresses.Addresses.First(a => a.StartsWith("http://", StringComparison.Ordinal)).Replace("[::]", "127.0.0.1", StringComparison.Ordinal) + "/");
        chromium = await Chromium.LaunchAsync();
    }

    /// <summary>A new browser page with nobody logged in.</summary>
    public Task<IPage> NewPageAsync() => (chromium ?? throw new InvalidOperationException("InitializeAsync first.")).NewPageAsync(Address);

    /// <summary>
    /// A new page logged in as <paramref name="user"/> through the sign-in page (the person is added to the register
    /// first, with <see cref="ApiHarness.PasswordOf"/>): the one place that knows how a person logs in, so the pages'
    /// tests do not change when the login does.
    /// </summary>
    public async Task<IPage> LoginAsync(TestUser user, string returnUrl = "/")
    {
        ArgumentNullException.ThrowIfNull(user);
        await Harness.AddPersonAsync(user);
        var page = await NewPageAsync();
        await page.GotoAsync("/login?returnUrl=" + Uri.EscapeDataString(returnUrl));
        await page.FillAsync("#userName", user.Token);
        await page.FillAsync("#password", ApiHarness.PasswordOf(user));
        await page.ClickAsync("#signIn");
        await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal));
        return page;
    }

    /// <summary>Saves a full-page screenshot as <c>NAME.png</c> in <see cref="RepositoryPaths.Screenshots"/> and returns its path.</summary>
    public static async Task<string> ScreenshotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(RepositoryPaths.Screenshots);
        var path = Path.Combine(RepositoryPaths.Screenshots, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    public async Task DisposeAsync()
    {
        if (chromium is not null)
        {
            await chromium.DisposeAsync();
        }

        await Harness.DisposeAsync();
    }
}

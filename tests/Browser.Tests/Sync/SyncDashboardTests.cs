using System.Diagnostics.CodeAnalysis;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Playwright;
using Thuiszitters.Browser.Tests.Infrastructure;
using Thuiszitters.Gateway.Sync.Api;
using Thuiszitters.Gateway.Tests.Api;
using Thuiszitters.Gateway.Tests.Infrastructure;

namespace Thuiszitters.Browser.Tests.Sync;

/// <summary>
/// The IT dashboard in a real browser: a failed run (the source's folder was gone) and a quarantined record are on it,
/// "Nu uitvoeren" makes a new run appear, a run's page shows its files; no serious accessibility fault.
/// </summary>
[Collection(BrowserTests.Collection)]
[SuppressMessage("Reliability", "CA1001:Types that own disposable fields should be disposable", Justification = "Disposed by IAsyncLifetime.DisposeAsync.")]
public sealed class SyncDashboardTests : IAsyncLifetime
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "tz_drop_" + Guid.NewGuid().ToString("N"));
    private readonly string archive = Path.Combine(Path.GetTempPath(), "tz_archive_" + Guid.NewGuid().ToString("N"));
    private readonly BrowserSite site;

    public SyncDashboardTests()
    {
        site = new BrowserSite(new Dictionary<string, string?>
        {
            ["Sources:0:Name"] = "scholen",
            ["Sources:0:Kind"] = "dropFolder",
            ["Sources:0:Schedule"] = "0 0 1 1 *",
            ["Sources:0:Folder"] = folder,
            ["Sources:0:ArchiveFolder"] = archive,
            ["Sync:PollInterval"] = "00:00:00.200",
            ["Sync:LockTimeout"] = "00:00:05",
            ["Sync:StableFor"] = "00:00:00.050",
            ["Sync:RetryAttempts"] = "0",
            ["Sync:AsOf"] = "2026-04-15",
        });
    }

    [Fact]
    public async Task Dashboard_ItStaff_SeesFailedRunAndQuarantinedRecord_RunNowAddsARun()
    {
        await RunNowAsync();
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(
            Path.Combine(folder, "leerlingen_12AB00_20260410.csv"),
            new PupilsCsvBuilder("12AB00", "20260410").Pupil("1", Pgns.Bsn(900)).Pupil("2", Pgns.InvalidBsn(901)).Build());
        await RunNowAsync();

        var page = await site.LoginAsync(TestUsers.ItStaff);
        await page.GotoAsync("/sync/");

        await Assertions.Expect(page.Locator("#runRows tr")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("#runRows")).ToContainTextAsync("mislukt");
        await Assertions.Expect(page.Locator("#runRows")).ToContainTextAsync("DirectoryNotFoundException");
        await Assertions.Expect(page.Locator("#quarantineRows tr")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#quarantineRows")).ToContainTextAsync("leerlingen_12AB00_20260410.csv");
        await Assertions.Expect(page.Locator("#quarantineRows")).Not.ToContainTextAsync(Pgns.InvalidBsn(901));
        await BrowserSite.ScreenshotAsync(page, "sync-dashboard");
        Assert.Empty(await Axe.SeriousViolationsAsync(page));

        await page.GetByRole(AriaRole.Button, new() { Name = "Nu uitvoeren" }).ClickAsync();

        await Assertions.Expect(page.Locator("#runRows tr")).ToHaveCountAsync(3, new() { Timeout = 30_000 });
        await Assertions.Expect(page.Locator("#runRows tr").First).ToContainTextAsync("handmatig");
        await Assertions.Expect(page.Locator("#runRows tr").First).ToContainTextAsync("geslaagd", new() { Timeout = 30_000 });

        await page.Locator("#quarantineRows a").First.ClickAsync();
        await Assertions.Expect(page.Locator("#fileRows")).ToContainTextAsync("toegepast");
        await Assertions.Expect(page.Locator("#quarantineRows tr")).ToHaveCountAsync(1);
        await BrowserSite.ScreenshotAsync(page, "sync-run");
        Assert.Empty(await Axe.SeriousViolationsAsync(page));
    }

    [Fact]
    public async Task Dashboard_OtherRole_SeesNoSyncData()
    {
        var page = await site.LoginAsync(TestUsers.Swv);
        await page.GotoAsync("/sync/");

        await Assertions.Expect(page.Locator("#notLoggedIn")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#content")).ToBeHiddenAsync();
    }

    public Task InitializeAsync() => site.InitializeAsync();

    public async Task DisposeAsync()
    {
        await site.DisposeAsync();
        foreach (var path in new[] { folder, archive })
        {
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }
        }
    }

    private async Task RunNowAsync()
    {
        using var client = new HttpClient { BaseAddress = site.Address };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestUsers.ItStaff.Token);
        using var response = await client.PostAsync(new Uri("/api/sync/sources/scholen/run", UriKind.Relative), null);
        response.EnsureSuccessStatusCode();
        var jobId = (await response.Content.ReadFromJsonAsync<RunStarted>())!.JobId;
        for (var i = 0; i < 300; i++)
        {
            var runs = await client.GetFromJsonAsync<SyncRunPage>(new Uri("/api/sync/runs", UriKind.Relative));
            if (runs!.Items.Any(r => r.JobId == jobId && r.Outcome != "RUNNING"))
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("the run did not end");
    }
}

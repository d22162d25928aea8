using System.Globalization;
using System.Net.Http.Json;
using Thuiszitters.Gateway.Sync;
using Thuiszitters.Gateway.Sync.Api;
using Thuiszitters.Gateway.Tests.Infrastructure;

namespace Thuiszitters.Gateway.Tests.Sync;

/// <summary>
/// A database restart as the gateway sees one, in the middle of a delivery's ingest: every connection cut, connecting
/// refused for five seconds, then the server back (a relay between the host and PostgreSQL, <see cref="DatabaseProxy"/>).
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA1001:Types that own disposable fields should be disposable", Justification = "Disposed by IAsyncLifetime.DisposeAsync.")]
public sealed class SyncDatabaseRestartTests : IAsyncLifetime
{
    private readonly DatabaseProxy proxy = new(TestDatabase.ServerConnectionString);
    private readonly SyncHarness sync;

    public SyncDatabaseRestartTests()
    {
        sync = new SyncHarness
        {
            Proxy = proxy,
            // The ingest stops for 4 s after two rows of the delivery, inside its transaction: the restart begins in that
            // window (however slowly the test sees the COPY begin, within 4 s) and lasts longer than the rest of it, so the
            // ingest's next write fails and its first retry finds the server still refusing. The retries (0.2, 0.4, 0.8,
            // 1.6, 3.2, 6.4, 12.8 s, with jitter) outlast the restart.
            Settings = new Dictionary<string, string?>
            {
                ["Ingest:PauseAfterRows"] = "2",
                ["Ingest:PauseFor"] = "00:00:04",
                ["Sync:RetryDelay"] = "00:00:00.200",
                ["Sync:RetryAttempts"] = "8",
            },
        };
    }

    public Task InitializeAsync() => sync.InitializeAsync();

    public async Task DisposeAsync()
    {
        await sync.DisposeAsync();
        await proxy.DisposeAsync();
    }

    [Fact]
    public async Task RunNow_DatabaseRestartsMidIngest_RetriedUntilItIsBackAndSucceedsOnce()
    {
        var file = new PupilsCsvBuilder("12AB00", "20260410");
        for (var i = 0; i < 5; i++)
        {
            file.Pupil((i + 1).ToString(CultureInfo.InvariantCulture), Pgns.Bsn(i));
        }

        sync.Drop.Write(file);
        using var client = sync.Client();
        using var response = await client.PostAsync(new Uri($"/api/sync/sources/{SyncHarness.Source}/run", UriKind.Relative), null);
        var jobId = (await response.Content.ReadFromJsonAsync<RunStarted>())!.JobId;
        await DropFolderSyncTests.WaitUntilAsync(async () => await sync.CopyInProgressAsync());

        proxy.GoDown();
        var downSince = TimeProvider.System.GetTimestamp();
        using var anonymous = sync.Anonymous();
        using (var ready = await anonymous.GetAsync(new Uri("/health/ready", UriKind.Relative)))
        {
            Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        }

        await Task.Delay(TimeSpan.FromSeconds(5) - TimeProvider.System.GetElapsedTime(downSince) is { Ticks: > 0 } rest ? rest : TimeSpan.Zero);
        await proxy.ComeBackAsync();
        var run = await sync.WaitForJobAsync(jobId);

        Assert.True(run.Outcome == SyncOutcomes.Succeeded, run.Error);
        // The try the restart cut, at least one the server refused while down, and the one that got through.
        Assert.True(run.Attempts >= 3, $"attempts: {run.Attempts}");
        Assert.Equal(5L, run.RecordsApplied);
        Assert.Equal(1, await sync.CountAsync("deliveries"));
        Assert.Equal(1, await sync.CountAsync("deliveries", "outcome = 'APPLIED'"));
        Assert.Equal(5, await sync.CountAsync("school_pupils"));
        Assert.Equal(1, await sync.CountAsync("sync_runs", "outcome = 'SUCCEEDED' AND files = 1"));
        Assert.Contains(sync.Logs.Messages, m => m.Contains("retries a transient fault", StringComparison.Ordinal));
    }
}

using System.Globalization;
using System.Net.Http.Json;
using Thuiszitters.Gateway.Sync;
using Thuiszitters.Gateway.Sync.Api;
using Thuiszitters.Gateway.Tests.Infrastructure;

namespace Thuiszitters.Gateway.Tests.Sync;

/// <summary>A database "restart" (every backend of the register terminated) in the middle of a delivery's ingest.</summary>
public sealed class SyncRetryTests : IAsyncLifetime
{
    private readonly SyncHarness sync = new()
    {
        // The ingest stops for a while after two rows of the delivery, inside its transaction: the window to cut the connections.
        Settings = new Dictionary<string, string?> { ["Ingest:PauseAfterRows"] = "2", ["Ingest:PauseFor"] = "00:00:03" },
    };

    public Task InitializeAsync() => sync.InitializeAsync();

    public Task DisposeAsync() => sync.DisposeAsync();

    [Fact]
    public async Task RunNow_DatabaseConnectionsTerminatedMidRun_RetriedAndSucceedsWithAttemptsRecorded()
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
        // The delivery's COPY is open and paused: cut every connection then.
        await DropFolderSyncTests.WaitUntilAsync(async () => await sync.CopyInProgressAsync());
        await sync.TerminateBackendsAsync();

        var run = await sync.WaitForJobAsync(jobId);

        Assert.Equal(SyncOutcomes.Succeeded, run.Outcome);
        Assert.True(run.Attempts >= 2, $"attempts: {run.Attempts}");
        Assert.Equal(5L, run.RecordsApplied);
        Assert.Equal(1, await sync.CountAsync("deliveries", "outcome = 'APPLIED'"));
        Assert.Equal(5, await sync.CountAsync("school_pupils"));
        Assert.Contains(sync.Logs.Messages, m => m.Contains("retries a transient fault", StringComparison.Ordinal));
    }
}

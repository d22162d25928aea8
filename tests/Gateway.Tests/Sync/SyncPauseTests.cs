using System.Net;
using System.Net.Http.Json;
using Thuiszitters.Gateway.Sync;
using Thuiszitters.Gateway.Sync.Api;
using Thuiszitters.Gateway.Tests.Infrastructure;

namespace Thuiszitters.Gateway.Tests.Sync;

/// <summary>A source whose folder is gone (a network share that went away): retried, failed, paused after three, resumed.</summary>
public sealed class SyncPauseTests : IAsyncLifetime
{
    private readonly SyncHarness sync;
    private readonly string share = Path.Combine(Path.GetTempPath(), "tz_share_" + Guid.NewGuid().ToString("N"));

    public SyncPauseTests()
    {
        sync = new SyncHarness { Folder = share, Settings = new Dictionary<string, string?> { ["Sync:RetryAttempts"] = "1" } };
    }

    public Task InitializeAsync() => sync.InitializeAsync();

    public async Task DisposeAsync()
    {
        await sync.DisposeAsync();
        if (Directory.Exists(share))
        {
            Directory.Delete(share, recursive: true);
        }
    }

    [Fact]
    public async Task RunNow_FailsThreeTimesInARow_PausesUntilResumedAndResumingRunsIt()
    {
        for (var i = 1; i <= 3; i++)
        {
            var failed = await sync.RunNowAsync();
            Assert.Equal(SyncOutcomes.Failed, failed.Outcome);
            Assert.Equal(2, failed.Attempts);
            Assert.StartsWith("DirectoryNotFoundException", failed.Error, StringComparison.Ordinal);
            var state = await sync.SourceAsync();
            Assert.Equal((i, i == 3), (state.FailingStreak, state.Paused));
        }

        var paused = await sync.SourceAsync();
        Assert.True(paused.NeedsAttention);
        Assert.Null(paused.NextRunAt);
        using var client = sync.Client();
        using (var refused = await client.PostAsync(new Uri($"/api/sync/sources/{SyncHarness.Source}/run", UriKind.Relative), null))
        {
            Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        }

        Directory.CreateDirectory(share);
        await File.WriteAllTextAsync(Path.Combine(share, "leerlingen_12AB00_20260410.csv"), new PupilsCsvBuilder("12AB00", "20260410").Pupil("1", Pgns.Bsn(1)).Build());
        using var resume = await client.PostAsync(new Uri($"/api/sync/sources/{SyncHarness.Source}/resume", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.Accepted, resume.StatusCode);
        var run = await sync.WaitForJobAsync((await resume.Content.ReadFromJsonAsync<RunStarted>())!.JobId);

        Assert.Equal((SyncOutcomes.Succeeded, 1L), (run.Outcome, run.RecordsApplied));
        var resumed = await sync.SourceAsync();
        Assert.Equal((0, false), (resumed.FailingStreak, resumed.Paused));
        Assert.NotNull(resumed.LastSuccessAt);
    }
}

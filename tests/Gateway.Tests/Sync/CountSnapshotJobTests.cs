using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;
using Thuiszitters.Gateway.Sync;
using Thuiszitters.Gateway.Tests.Infrastructure;

namespace Thuiszitters.Gateway.Tests.Sync;

/// <summary>The daily count snapshot as the Hangfire recurring job <c>count-snapshot</c>: scheduled on its cron, and a run writes the day's counts.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA1001:Types that own disposable fields should be disposable", Justification = "Disposed by IAsyncLifetime.DisposeAsync.")]
public sealed class CountSnapshotJobTests : IAsyncLifetime
{
    private readonly SyncHarness sync = new() { Settings = new Dictionary<string, string?> { ["Sync:CountSnapshotSchedule"] = "45 5 * * *" } };

    public Task InitializeAsync() => sync.InitializeAsync();

    public Task DisposeAsync() => sync.DisposeAsync();

    [Fact]
    public async Task Start_CountSnapshotJob_IsScheduledOnTheConfiguredCron()
    {
        using var client = sync.Client();
        await client.GetAsync(new Uri("/api/sync/sources", UriKind.Relative));

        var job = await sync.Host.RecurringJobAsync(SyncJobs.CountSnapshotJobId);

        Assert.Equal("45 5 * * *", job.Cron);
    }

    [Fact]
    public async Task Run_AfterAReconciliation_WritesTheDaysCounts()
    {
        sync.Drop.Write(new PupilsCsvBuilder("12AB00", "20260410").Pupil("1", Pgns.Bsn(1), inschrijving: "01-09-2025", uitschrijving: "01-03-2026"));
        var run = await sync.RunNowAsync();
        Assert.Equal(SyncOutcomes.Succeeded, run.Outcome);
        Assert.Equal(0, await sync.CountAsync("count_history"));

        var jobId = sync.Host.Services.GetRequiredService<IBackgroundJobClient>().Enqueue<SyncJobs>(j => j.CountSnapshotAsync(CancellationToken.None));
        await WaitForJobAsync(jobId);

        Assert.True(await sync.CountAsync("count_history", "day = '2026-04-15' AND scope_kind = 'REGIO'") > 0);
    }

    private async Task WaitForJobAsync(string jobId)
    {
        var storage = sync.Host.Services.GetRequiredService<JobStorage>();
        var deadline = TimeProvider.System.GetUtcNow() + TimeSpan.FromSeconds(30);
        while (TimeProvider.System.GetUtcNow() < deadline)
        {
            using var connection = storage.GetConnection();
            var state = connection.GetJobData(jobId)?.State;
            if (state is "Succeeded")
            {
                return;
            }

            Assert.NotEqual("Failed", state);
            await Task.Delay(100);
        }

        throw new TimeoutException($"job {jobId} did not succeed");
    }
}

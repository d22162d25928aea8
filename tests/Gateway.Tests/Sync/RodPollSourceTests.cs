using System.Net;
using System.Net.Http.Json;
using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Thuiszitters.Gateway.Sync;
using Thuiszitters.Gateway.Sync.Api;
using Thuiszitters.Gateway.Tests.Api;
using Thuiszitters.Gateway.Tests.Infrastructure;
using Thuiszitters.Gateway.Tests.RodCorrections;

namespace Thuiszitters.Gateway.Tests.Sync;

/// <summary>
/// ROD status polling and automatic submission as the sync's source <c>rod-poll</c>, added when DUO's API is configured:
/// its recurring job on the configured cron, a run that submits for an automatic board and polls the fake DUO, and a run
/// that fails while DUO is down.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA1001:Types that own disposable fields should be disposable", Justification = "Disposed by IAsyncLifetime.DisposeAsync.")]
public sealed class RodPollSourceTests : IAsyncLifetime
{
    private const string Source = "rod-poll";
    private readonly FakeDuo duo = new();
    private readonly ApiHarness harness;

    public RodPollSourceTests()
    {
        harness = new ApiHarness
        {
            Settings = new Dictionary<string, string?>
            {
                ["DuoRod:BaseUrl"] = duo.BaseUrl.ToString(),
                ["DuoRod:AccessToken"] = FakeDuo.Token,
                ["DuoRod:PollSchedule"] = "0 0 1 1 *",
                ["DuoRod:Resilience:AttemptTimeout"] = "00:00:01",
                ["DuoRod:Resilience:BaseDelay"] = "00:00:00.020",
                ["DuoRod:Resilience:MaxRetries"] = "1",
                ["Sync:PollInterval"] = "00:00:00.200",
                ["Sync:LockTimeout"] = "00:00:05",
                ["Sync:RetryAttempts"] = "0",
            },
        };
    }

    public Task InitializeAsync() => harness.InitializeAsync();

    public async Task DisposeAsync()
    {
        await harness.DisposeAsync();
        duo.Dispose();
    }

    [Fact]
    public async Task Start_DuoConfigured_SchedulesRodPollOnTheConfiguredCron()
    {
        using var client = harness.Client(TestUsers.ItStaff);

        var sources = await client.GetFromJsonAsync<SourcesAnswer>(new Uri("/api/sync/sources", UriKind.Relative));
        var job = await harness.Host.RecurringJobAsync(SyncJobs.RecurringJobId(Source));

        var source = Assert.Single(sources!.Sources);
        Assert.Equal((Source, "rodCorrections", "0 0 1 1 *"), (source.Name, source.Kind, source.Schedule));
        Assert.Equal("0 0 1 1 *", job.Cron);
    }

    [Fact]
    public async Task RunNow_AutomaticBoard_SubmitsAndPollsTheFakeDuoInOneRun()
    {
        (await harness.Client(TestUsers.Board).PutAsJsonAsync("/api/boards/rod-corrections/settings", new { autoSubmit = true })).EnsureSuccessStatusCode();

        var run = await RunNowAsync();

        Assert.True(run.Outcome == SyncOutcomes.Succeeded, run.Error);
        Assert.Equal((1, 1L), (run.Files, run.RecordsApplied));
        Assert.Equal(1, duo.BatchesCreated);
        Assert.Contains(duo.Requests, r => r.RequestMessage.Method == "GET" && r.RequestMessage.Path == "/rod/v1/mutaties/B0001");
        Assert.Equal(["ACCEPTED"], await harness.RowsAsync("SELECT state FROM rod_corrections"));
    }

    [Fact]
    public async Task RunNow_DuoDown_FailsTheRunAndKeepsTheBatchForTheNextPass()
    {
        (await harness.Client(TestUsers.Board).PutAsJsonAsync("/api/boards/rod-corrections/settings", new { autoSubmit = true })).EnsureSuccessStatusCode();
        duo.Dispose();

        var run = await RunNowAsync();

        Assert.Equal(SyncOutcomes.Failed, run.Outcome);
        Assert.StartsWith("RodCorrectionsPassFailedException: 1 batches not taken by DUO", run.Error, StringComparison.Ordinal);
        Assert.Equal(["SENDING"], await harness.RowsAsync("SELECT state FROM rod_submissions"));
        Assert.Equal(1, (await SourceAsync()).FailingStreak);
    }

    [Fact]
    public void Options_DuoNotConfigured_AddsNoRodPollSource()
    {
        using var plain = new ApiHost(harness.Database.ConnectionString, harness.Clock, harness.Logs, demo: false, new Dictionary<string, string?>());

        Assert.Empty(plain.Services.GetRequiredService<IOptions<SourcesOptions>>().Value.Items);
    }

    private async Task<SyncRunInfo> RunNowAsync()
    {
        using var client = harness.Client(TestUsers.ItStaff);
        using var response = await client.PostAsync(new Uri($"/api/sync/sources/{Source}/run", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var started = await response.Content.ReadFromJsonAsync<RunStarted>();
        var deadline = TimeProvider.System.GetUtcNow() + TimeSpan.FromSeconds(30);
        while (TimeProvider.System.GetUtcNow() < deadline)
        {
            var page = await client.GetFromJsonAsync<SyncRunPage>(new Uri($"/api/sync/runs?source={Source}", UriKind.Relative));
            if (page!.Items.FirstOrDefault(r => r.JobId == started!.JobId) is { Outcome: not SyncOutcomes.Running } run)
            {
                return run;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("the rod-poll run did not end");
    }

    private async Task<SourceHealth> SourceAsync()
    {
        using var client = harness.Client(TestUsers.ItStaff);
        var answer = await client.GetFromJsonAsync<SourcesAnswer>(new Uri("/api/sync/sources", UriKind.Relative));
        return answer!.Sources.Single(s => s.Name == Source);
    }
}

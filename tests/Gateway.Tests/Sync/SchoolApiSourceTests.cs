using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Thuiszitters.Gateway.Sync;
using Thuiszitters.Gateway.Sync.Api;
using Thuiszitters.Gateway.Tests.Infrastructure;
using Thuiszitters.Fakes.SisApi;
using Thuiszitters.Gateway.Tests.SisApi;

namespace Thuiszitters.Gateway.Tests.Sync;

/// <summary>
/// A source of kind <c>schoolApi</c> on the sync's scheduler, against the fake school system: run now and the schedule
/// pull, apply and record a run; a peer that is down fails the run and pauses the source after three; the client
/// secret shows nowhere.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA1001:Types that own disposable fields should be disposable", Justification = "Disposed by IAsyncLifetime.DisposeAsync.")]
public sealed class SchoolApiSourceTests : IAsyncLifetime
{
    private const string Source = "sis-12ab00";
    private const string School = "12AB00";
    private static readonly DateTimeOffset Changed = new(2026, 4, 1, 8, 0, 0, TimeSpan.Zero);

    private readonly FakeSchoolSystem fake = new();
    private SyncHarness? harness;
    private bool fakeStopped;

    private SyncHarness Sync => harness ?? throw new InvalidOperationException("StartAsync first.");

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (harness is not null)
        {
            await harness.DisposeAsync();
        }

        StopFake();
    }

    [Fact]
    public async Task RunNow_SchoolApiSource_PullsAppliesAndRecordsTheRunWithItsFiles()
    {
        Seed(12, badBsnAt: 4);
        await StartAsync();

        var run = await Sync.RunNowAsync(source: Source);

        Assert.True(run.Outcome == SyncOutcomes.Succeeded, run.Error);
        Assert.Equal((2, 2), (run.FilesTotal, run.Files));
        Assert.Equal(1, run.RecordsQuarantined);
        Assert.Equal(11 + 3, run.RecordsApplied);
        Assert.True(run.PersonsChanged > 0);
        Assert.Equal(11, await Sync.CountAsync("school_pupils", $"school = '{School}'"));
        using var client = Sync.Client();
        var detail = await client.GetFromJsonAsync<SyncRunDetail>(new Uri($"/api/sync/runs/{run.Id}", UriKind.Relative));
        Assert.Equal(["leerlingen_12AB00_20260415.csv", "verzuim_12AB00_20260415.csv"], detail!.Files.Select(f => f.FileName).Order(StringComparer.Ordinal));
        var quarantined = Assert.Single(detail.Quarantined);
        Assert.Equal("BSN", quarantined.Field);
        Assert.Equal(["sync:" + Source + "|APPLIED"], await RowsAsync("SELECT trigger || '|' || outcome FROM sis_pull_runs"));
        var health = await Sync.SourceAsync(Source);
        Assert.Equal(("schoolApi", 0, false), (health.Kind, health.FailingStreak, health.Paused));
    }

    [Fact]
    public async Task Schedule_SchoolApiSource_RunsOnItsCron()
    {
        Seed(5);
        await StartAsync(schedule: "* * * * * *");

        var run = await WaitForScheduledRunAsync();

        Assert.True(run.Outcome == SyncOutcomes.Succeeded, run.Error);
        Assert.Equal(SyncTriggers.Schedule, run.Trigger);
        Assert.Equal(5, await Sync.CountAsync("school_pupils", $"school = '{School}'"));
    }

    [Fact]
    public async Task RunNow_PeerDown_FailsEachRunAndPausesTheSourceAfterThree()
    {
        Seed(3);
        await StartAsync();
        StopFake();

        for (var i = 1; i <= 3; i++)
        {
            var failed = await Sync.RunNowAsync(source: Source);
            Assert.Equal(SyncOutcomes.Failed, failed.Outcome);
            Assert.StartsWith("SchoolApiPullFailedException: the API could not be reached", failed.Error, StringComparison.Ordinal);
            var state = await Sync.SourceAsync(Source);
            Assert.Equal((i, i == 3), (state.FailingStreak, state.Paused));
        }

        Assert.Equal(0, await Sync.CountAsync("school_pupils"));
        Assert.Equal(3, await Sync.CountAsync("sis_pull_runs", "outcome = 'FAILED'"));
    }

    [Fact]
    public async Task RunNow_SecretsOfTheSource_AreNeverInRunsLogsOrApiAnswers()
    {
        const string wrong = "a-wrong-secret-9f3c1d7e5b";
        Seed(3);
        await StartAsync(extra: new() { [$"Sources:2:Name"] = "sis-wrong", ["Sources:2:Kind"] = "schoolApi", ["Sources:2:Schedule"] = "0 0 1 1 *",
            ["Sources:2:SchoolApi:BaseUrl"] = fake.BaseUrl.ToString(), ["Sources:2:SchoolApi:School"] = "34CD00", ["Sources:2:SchoolApi:ClientId"] = "another-client",
            ["Sources:2:SchoolApi:ClientSecret"] = wrong });

        var good = await Sync.RunNowAsync(source: Source);
        var refused = await Sync.RunNowAsync(source: "sis-wrong");

        Assert.Equal(SyncOutcomes.Succeeded, good.Outcome);
        Assert.Equal(SyncOutcomes.Failed, refused.Outcome);
        Assert.Equal("SchoolApiPullFailedException: the API refused the client's credentials (401)", refused.Error);
        using var client = Sync.Client();
        var answers = new List<string>();
        foreach (var path in new[] { "/api/sync/sources", "/api/sync/runs?pageSize=200", $"/api/sync/runs/{good.Id}", $"/api/sync/runs/{refused.Id}", "/api/sync/stats" })
        {
            answers.Add(await client.GetStringAsync(new Uri(path, UriKind.Relative)));
        }

        var stored = await RowsAsync("SELECT row_to_json(r)::text FROM sync_runs r UNION ALL SELECT row_to_json(p)::text FROM sis_pull_runs p UNION ALL SELECT row_to_json(s)::text FROM sync_sources s");
        var jobs = await RowsAsync("SELECT coalesce(invocationdata::text, '') || coalesce(arguments::text, '') FROM hangfire.job");
        foreach (var secret in new[] { FakeSchoolSystem.ClientSecret, wrong })
        {
            Assert.DoesNotContain(answers, a => a.Contains(secret, StringComparison.Ordinal));
            Assert.DoesNotContain(stored, r => r.Contains(secret, StringComparison.Ordinal));
            Assert.DoesNotContain(jobs, r => r.Contains(secret, StringComparison.Ordinal));
            Assert.DoesNotContain(Sync.Logs.Messages, m => m.Contains(secret, StringComparison.Ordinal));
        }

        Assert.NotEmpty(jobs);
    }

    /// <summary>The school's pupils (one with a bad BSN at <paramref name="badBsnAt"/>), three of them with an absence day before the as-of date.</summary>
    private void Seed(int count, int? badBsnAt = null)
    {
        var students = Enumerable.Range(0, count).Select(i => FakeSchoolSystem.Student($"S{i:D5}", Pgns.Bsn(i + 3000), Changed.AddSeconds(i))).ToList();
        if (badBsnAt is { } bad)
        {
            students[bad]["bsn"] = Pgns.InvalidBsn(bad);
        }

        fake.Students[School] = students;
        fake.AbsenceDays[School] = [.. Enumerable.Range(0, 3).Select(i => FakeSchoolSystem.Absence($"S{i:D5}", Pgns.Bsn(i + 3000), new DateOnly(2026, 4, 8 + i)))];
    }

    private async Task StartAsync(string schedule = "0 0 1 1 *", Dictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Sources:1:Name"] = Source,
            ["Sources:1:Kind"] = "schoolApi",
            ["Sources:1:Schedule"] = schedule,
            ["Sources:1:SchoolApi:BaseUrl"] = fake.BaseUrl.ToString(),
            ["Sources:1:SchoolApi:School"] = School,
            ["SisApi:ClientId"] = FakeSchoolSystem.ClientId,
            ["SisApi:ClientSecret"] = FakeSchoolSystem.ClientSecret,
            ["SisApi:AbsenceWindowDays"] = "60",
            ["SisApi:Resilience:MaxRetries"] = "1",
            ["SisApi:Resilience:BaseDelay"] = "00:00:00.020",
            ["SisApi:Resilience:AttemptTimeout"] = "00:00:05",
            ["Sync:RetryAttempts"] = "0",
        };
        foreach (var (key, value) in extra ?? [])
        {
            settings[key] = value;
        }

        harness = new SyncHarness { Settings = settings };
        await harness.InitializeAsync();
    }

    private void StopFake()
    {
        if (!fakeStopped)
        {
            fakeStopped = true;
            fake.Dispose();
        }
    }

    private async Task<SyncRunInfo> WaitForScheduledRunAsync()
    {
        using var client = Sync.Client();
        var deadline = TimeProvider.System.GetUtcNow() + TimeSpan.FromSeconds(30);
        while (TimeProvider.System.GetUtcNow() < deadline)
        {
            var page = await client.GetFromJsonAsync<SyncRunPage>(new Uri($"/api/sync/runs?source={Source}&pageSize=200", UriKind.Relative));
            if (page!.Items.LastOrDefault(r => r.Outcome != SyncOutcomes.Running && r.Outcome != SyncOutcomes.Skipped) is { } run)
            {
                return run;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("no scheduled run of the school's API source ended");
    }

    private Task<IReadOnlyList<string>> RowsAsync(string sql) => RegisterContents.RowsAsync(Sync.Database.DataSource, sql);
}

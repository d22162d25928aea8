using System.Text.Json.Nodes;
using Thuiszitters.Fakes.SisApi;
using Thuiszitters.Gateway.SisApi;
using Thuiszitters.Gateway.Tests.Infrastructure;
using Fault = Thuiszitters.Fakes.SisApi.FakeSchoolSystem.Fault;

namespace Thuiszitters.Gateway.Tests.SisApi;

/// <summary>The pull against a fake school system that is rate limited, fails, drops connections and breaks its contract.</summary>
public sealed class SisPullServiceTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Changed = new(2026, 11, 1, 8, 0, 0, TimeSpan.Zero);
    private readonly SisHarness harness = new();

    public Task InitializeAsync() => harness.InitializeAsync();

    public Task DisposeAsync() => harness.DisposeAsync();

    [Fact]
    public async Task PullSchool_After429s503sAndADroppedConnection_CommitsEveryPageOnce()
    {
        harness.Seed(1_200, Changed);
        harness.Fake.Plan["students#1"] = Fault.TooMany(1);
        harness.Fake.Plan["students#2"] = Fault.TooMany(1);
        harness.Fake.Plan["students#4"] = Fault.Unavailable();
        harness.Fake.Plan["students#5"] = Fault.DropMidBody();
        harness.Fake.Plan["students#7"] = Fault.BadGateway();
        harness.Fake.Plan["absences#1"] = Fault.DropMidBody();
        harness.Start();

        var result = await harness.Pull.PullSchoolAsync(harness.Source, "test", CancellationToken.None);

        Assert.True(result.Outcome == SisPullResult.Applied, result.Error);
        Assert.Equal(1_200, result.Students);
        Assert.Equal(1, harness.Fake.Served["students@0"]);
        Assert.Equal(1, harness.Fake.Served["students@500"]);
        Assert.Equal(1, harness.Fake.Served["students@1000"]);
        Assert.Equal(1_200, await harness.CountAsync("sis_students"));
        Assert.Equal(1_200, await harness.CountAsync("school_pupils", "school = '12AB00'"));
        Assert.Equal(1_200, (await harness.RowsAsync("SELECT DISTINCT bsn FROM school_pupils")).Count);
        Assert.Equal(10, await harness.CountAsync("sis_absences"));
        Assert.Empty(harness.Fake.Plan);
        Assert.Equal(2, harness.Fake.DroppedConnections);
    }

    [Fact]
    public async Task PullSchool_TokenRefusedMidSync_FetchesANewTokenOnceAndGoesOn()
    {
        harness.Seed(1_200, Changed);
        harness.Start();
        harness.Pull.AfterPageCommitted = (_, page, _) =>
        {
            if (page == 1)
            {
                harness.Fake.RevokeTokens();
            }

            return Task.CompletedTask;
        };

        var result = await harness.Pull.PullSchoolAsync(harness.Source, "test", CancellationToken.None);

        Assert.Equal(SisPullResult.Applied, result.Outcome);
        Assert.Equal(2, harness.Fake.TokensIssued);
        Assert.Equal(1_200, await harness.CountAsync("school_pupils", "school = '12AB00'"));
    }

    [Fact]
    public async Task PullSchool_TokenExpiringDuringTheSync_IsRefreshedBeforeItExpires()
    {
        harness.Seed(1_200, Changed);
        harness.Fake.TokenLifetime = TimeSpan.FromSeconds(2);
        harness.Start();
        harness.Pull.AfterPageCommitted = (_, _, token) => Task.Delay(TimeSpan.FromSeconds(1.2), token);

        var result = await harness.Pull.PullSchoolAsync(harness.Source, "test", CancellationToken.None);

        Assert.Equal(SisPullResult.Applied, result.Outcome);
        Assert.True(harness.Fake.TokensIssued >= 2, $"tokens issued: {harness.Fake.TokensIssued}");
        Assert.DoesNotContain(harness.Fake.Requests, r => r.ResponseMessage.StatusCode is 401);
    }

    [Fact]
    public async Task PullSchool_HostFailingOftenEnough_OpensTheBreakerAndClosesItAfterTheTrial()
    {
        harness.Settings["SisApi:Resilience:BreakerMinimumThroughput"] = "2";
        harness.Settings["SisApi:Resilience:BreakerFailureRatio"] = "0.5";
        harness.Settings["SisApi:Resilience:MaxRetries"] = "12";
        harness.Seed(600, Changed);
        for (var i = 1; i <= 4; i++)
        {
            harness.Fake.Plan[$"students#{i}"] = Fault.Unavailable();
        }

        harness.Start();

        var result = await harness.Pull.PullSchoolAsync(harness.Source, "test", CancellationToken.None);

        Assert.Equal(SisPullResult.Applied, result.Outcome);
        Assert.True(harness.Breaker.OpenedCount >= 1, "the breaker never opened");
        Assert.True(harness.Breaker.ClosedCount >= 1, "the breaker never closed");
        Assert.Equal(Polly.CircuitBreaker.CircuitState.Closed, harness.Breaker.BreakerState);
        Assert.Equal(600, await harness.CountAsync("school_pupils", "school = '12AB00'"));
    }

    [Fact]
    public async Task PullSchool_CrashBetweenPageCommitAndCursorAdvance_RereadsThePageWithoutADuplicate()
    {
        harness.Seed(1_200, Changed);
        harness.Start();
        harness.Pull.AfterPageCommitted = (_, page, _) => page == 2 ? throw new InvalidOperationException("crash") : Task.CompletedTask;

        await Assert.ThrowsAsync<InvalidOperationException>(() => harness.Pull.PullSchoolAsync(harness.Source, "test", CancellationToken.None));
        Assert.Equal(1_000, await harness.CountAsync("sis_students"));
        Assert.Equal(0, await harness.CountAsync("school_pupils"));

        harness.Pull.AfterPageCommitted = null;
        var result = await harness.Pull.PullSchoolAsync(harness.Source, "test", CancellationToken.None);

        Assert.Equal(SisPullResult.Applied, result.Outcome);
        Assert.Equal(2, harness.Fake.Served["students@500"]);
        Assert.Equal(1, harness.Fake.Served["students@0"]);
        Assert.Equal(1_200, await harness.CountAsync("sis_students"));
        Assert.Equal(1_200, await harness.CountAsync("school_pupils", "school = '12AB00'"));
        Assert.Equal(1_200, (await harness.RowsAsync("SELECT DISTINCT bsn FROM school_pupils")).Count);
    }

    [Fact]
    public async Task PullSchool_RecordWithABadBsn_IsQuarantinedAndTheRestApplies()
    {
        harness.Seed(20, Changed);
        harness.Fake.Students[SisHarness.School][7]["bsn"] = Pgns.InvalidBsn(7);
        harness.Start();

        var result = await harness.Pull.PullSchoolAsync(harness.Source, "test", CancellationToken.None);

        Assert.Equal(SisPullResult.Applied, result.Outcome);
        Assert.Equal(1, result.Quarantined);
        Assert.Equal(19, await harness.CountAsync("school_pupils", "school = '12AB00'"));
        Assert.Equal(1, await harness.CountAsync("quarantined_records", "owner = '12AB00' AND field = 'BSN'"));
    }

    [Fact]
    public async Task PullSchool_PageMissingARequiredField_FailsAndLeavesTheCursor()
    {
        harness.Seed(1_200, Changed);
        harness.Fake.Plan["students#2"] = Fault.Broken(page =>
        {
            ((JsonObject)page["items"]![3]!).Remove("surname");
            return page;
        });
        harness.Start();

        var result = await harness.Pull.PullSchoolAsync(harness.Source, "test", CancellationToken.None);

        Assert.Equal(SisPullResult.Failed, result.Outcome);
        Assert.Contains("contract breach", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Jansen", result.Error, StringComparison.Ordinal);
        Assert.Equal(500, await harness.CountAsync("sis_students"));
        Assert.Equal(0, await harness.CountAsync("school_pupils"));
        var cursor = await harness.RowsAsync("SELECT cursor FROM sis_cursors");
        Assert.Equal(["NTAw"], cursor);
        Assert.Equal(["FAILED"], await harness.RowsAsync("SELECT outcome FROM sis_pull_runs"));
    }

    [Fact]
    public async Task PullSchool_PageThatIsNotJson_FailsWithoutAdvancingTheCursor()
    {
        harness.Seed(600, Changed);
        harness.Fake.Plan["students#1"] = Fault.NotJson();
        harness.Start();

        var result = await harness.Pull.PullSchoolAsync(harness.Source, "test", CancellationToken.None);

        Assert.Equal(SisPullResult.Failed, result.Outcome);
        Assert.Contains("contract breach", result.Error, StringComparison.Ordinal);
        Assert.Equal(0, await harness.CountAsync("sis_students"));
        Assert.Equal(0, await harness.CountAsync("sis_cursors"));
    }

    [Fact]
    public async Task PullSchool_Again_ReadsOnlyWhatChangedSinceTheLastWalk()
    {
        harness.Seed(700, Changed);
        harness.Start();
        var first = await harness.Pull.PullSchoolAsync(harness.Source, "test", CancellationToken.None);

        harness.Fake.Students[SisHarness.School].Add(FakeSchoolSystem.Student("S99999", Pgns.Bsn(99_999), Changed.AddDays(3)));
        var second = await harness.Pull.PullSchoolAsync(harness.Source, "test", CancellationToken.None);

        Assert.Equal(SisPullResult.Applied, first.Outcome);
        Assert.Equal(700, first.Students);
        Assert.Equal(2, second.Students);
        Assert.Equal(701, await harness.CountAsync("sis_students"));
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Thuiszitters.Gateway.Sync;
using Thuiszitters.Gateway.Sync.Api;
using Thuiszitters.Gateway.Tests.Api;
using Thuiszitters.Gateway.Tests.Infrastructure;

namespace Thuiszitters.Gateway.Tests.Sync;

public sealed class SyncApiTests : IAsyncLifetime
{
    private readonly SyncHarness sync = new();

    public Task InitializeAsync() => sync.InitializeAsync();

    public Task DisposeAsync() => sync.DisposeAsync();

    [Theory]
    [InlineData("/api/sync/sources")]
    [InlineData("/api/sync/runs")]
    [InlineData("/api/sync/refused")]
    [InlineData("/api/sync/stats")]
    [InlineData("/hangfire")]
    public async Task Get_OnlyItStaff(string path)
    {
        using var anonymous = sync.Anonymous();
        using var swv = sync.Client(TestUsers.Swv);
        using var it = sync.Client(TestUsers.ItStaff);

        using var nobody = await anonymous.GetAsync(new Uri(path, UriKind.Relative));
        using var other = await swv.GetAsync(new Uri(path, UriKind.Relative));
        using var allowed = await it.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, nobody.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.DoesNotContain("Hangfire", await nobody.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("/api/sync/runs?outcome=BAD", "outcome")]
    [InlineData("/api/sync/runs?trigger=cron", "trigger")]
    [InlineData("/api/sync/runs?from=2026-13-01", "from")]
    [InlineData("/api/sync/runs?to=yesterday", "to")]
    [InlineData("/api/sync/runs?page=0", "page")]
    [InlineData("/api/sync/runs?pageSize=1000", "pageSize")]
    [InlineData("/api/sync/runs/abc", "id")]
    [InlineData("/api/sync/stats?days=-1", "days")]
    [InlineData("/api/sync/refused?source=nope", "source")]
    [InlineData("/api/sync/files/x/content", "id")]
    public async Task Get_BadParameter_400NamingIt(string path, string parameter)
    {
        using var client = sync.Client();
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(parameter, problem.RootElement.GetProperty("parameter").GetString());
    }

    [Fact]
    public async Task Post_UnknownSource_404()
    {
        using var client = sync.Client();
        using var response = await client.PostAsync(new Uri("/api/sync/sources/nope/run", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Runs_FiltersPagesAndTotal()
    {
        for (var i = 0; i < 3; i++)
        {
            await sync.RunNowAsync();
        }

        sync.Drop.Write("leerlingen_12AB00_20260410.csv", "kapot\n");
        await sync.RunNowAsync();
        using var client = sync.Client();

        var page = await client.GetFromJsonAsync<SyncRunPage>(new Uri("/api/sync/runs?pageSize=2&page=2", UriKind.Relative));
        var refused = await client.GetFromJsonAsync<SyncRunPage>(new Uri("/api/sync/runs?outcome=REFUSED", UriKind.Relative));
        var none = await client.GetFromJsonAsync<SyncRunPage>(new Uri("/api/sync/runs?from=2030-01-01", UriKind.Relative));

        Assert.Equal((4L, 2, 2), (page!.Total, page.Items.Count, page.Page));
        Assert.Equal(1L, refused!.Total);
        Assert.Equal(0L, none!.Total);
        var stats = await client.GetFromJsonAsync<List<SyncDayStats>>(new Uri("/api/sync/stats?days=7", UriKind.Relative));
        Assert.Equal(4, stats!.Sum(s => s.Runs));
    }

    [Fact]
    public async Task HealthAndMetrics_AnswerWithoutPersonalData()
    {
        sync.Drop.Write(new PupilsCsvBuilder("12AB00", "20260410").Pupil("1", Pgns.Bsn(7), achternaam: "Zwartkop").Pupil("2", Pgns.InvalidBsn(8)));
        await sync.RunNowAsync();
        using var client = sync.Anonymous();

        using var live = await client.GetAsync(new Uri("/health/live", UriKind.Relative));
        using var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        var metrics = await client.GetStringAsync(new Uri("/metrics", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Contains("tz_sync_runs_total{source=\"drop\",outcome=\"SUCCEEDED\"} 1", metrics, StringComparison.Ordinal);
        Assert.Contains("tz_sync_records_total{source=\"drop\",state=\"quarantined\"} 1", metrics, StringComparison.Ordinal);
        Assert.Contains("tz_sync_queue_length{queue=\"default\"}", metrics, StringComparison.Ordinal);
        Assert.Contains("tz_sync_run_duration_seconds_count{source=\"drop\"} 1", metrics, StringComparison.Ordinal);
        foreach (var secret in new[] { Pgns.Bsn(7), Pgns.InvalidBsn(8), "Zwartkop" })
        {
            Assert.DoesNotContain(secret, metrics, StringComparison.Ordinal);
            Assert.DoesNotContain(sync.Logs.Messages, m => m.Contains(secret, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Ready_RegisterMissingMigration_Unhealthy()
    {
        using var client = sync.Anonymous();
        using (var ok = await client.GetAsync(new Uri("/health/ready", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }

        await using (var command = sync.Database.DataSource.CreateCommand("DELETE FROM __ef_migrations_history WHERE \"MigrationId\" LIKE '%SyncRuns'"))
        {
            await command.ExecuteNonQueryAsync();
        }

        using var notReady = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, notReady.StatusCode);
    }
}

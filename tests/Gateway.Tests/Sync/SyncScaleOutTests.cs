using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Thuiszitters.Gateway.Ingest;
using Thuiszitters.Gateway.Tests.Infrastructure;

namespace Thuiszitters.Gateway.Tests.Sync;

/// <summary>
/// Two gateway processes (real ones, <see cref="GatewayProcess"/>) with a Hangfire server each on one register: every
/// scheduled fire runs once, on one of them; one stopped mid-run leaves the file to the other's next fire.
/// </summary>
[SuppressMessage("Reliability", "CA1001:Types that own disposable fields should be disposable", Justification = "Disposed by IAsyncLifetime.DisposeAsync.")]
public sealed class SyncScaleOutTests : IAsyncLifetime
{
    private readonly TestDatabase database = new();
    private readonly DropFolder drop = new();
    private readonly string archive = Path.Combine(Path.GetTempPath(), "tz_archive_" + Guid.NewGuid().ToString("N"));

    public Task InitializeAsync() => database.InitializeAsync();

    public async Task DisposeAsync()
    {
        drop.Dispose();
        if (Directory.Exists(archive))
        {
            Directory.Delete(archive, recursive: true);
        }

        await database.DisposeAsync();
    }

    [Fact]
    public async Task TwoProcesses_EveryScheduledRunOnce_AndAStoppedRunIsFinishedByTheOther()
    {
        using (var a = Start())
        using (var b = Start())
        {
            for (var i = 0; i < 3; i++)
            {
                drop.Write(new PupilsCsvBuilder($"1{i}AB00", "20260410").Pupil("1", Pgns.Bsn(i)));
                await Task.Delay(2500);
            }

            await DropFolderSyncTests.WaitUntilAsync(async () => await CountAsync("deliveries", "outcome = 'APPLIED'") == 3, 90);
            await Task.Delay(4000);
            await a.KillAsync();
            await b.KillAsync();
        }

        Assert.Equal(0, await CountAsync("deliveries", "outcome <> 'APPLIED'"));
        Assert.Equal(0, await ScalarAsync("SELECT count(*) FROM (SELECT job_id FROM sync_runs WHERE trigger = 'schedule' GROUP BY job_id HAVING count(*) > 1 OR job_id IS NULL) t"));
        var fired = await ScalarAsync("""
            SELECT count(*) FROM hangfire.job j JOIN hangfire.jobparameter p ON p.jobid = j.id AND p.name = 'RecurringJobId'
            WHERE j.statename = 'Succeeded'
            """);
        Assert.True(fired >= 3, $"recurring fires: {fired}");
        Assert.Equal(0, await ScalarAsync("""
            SELECT count(*) FROM hangfire.job j JOIN hangfire.jobparameter p ON p.jobid = j.id AND p.name = 'RecurringJobId'
            WHERE j.statename = 'Succeeded' AND (SELECT count(*) FROM public.sync_runs r WHERE r.job_id = j.id::text) <> 1
            """));

        // The second part: a process that stops in the middle of a delivery.
        var file = new PupilsCsvBuilder("50EF00", "20260410");
        for (var i = 0; i < 5; i++)
        {
            file.Pupil((i + 1).ToString(CultureInfo.InvariantCulture), Pgns.Bsn(100 + i));
        }

        using var stopping = Start(pauseIngest: true);
        drop.Write(file);
        await stopping.WaitForErrorLineAsync(TimeSpan.FromSeconds(90));
        using var survivor = Start();
        await Task.Delay(3000);
        await stopping.KillAsync();

        await DropFolderSyncTests.WaitUntilAsync(async () => await CountAsync("school_pupils", "school = '50EF00'") == 5, 90);
        // The killed process's run (it had the file in hand) is closed by the survivor's run that took the source's lock.
        await DropFolderSyncTests.WaitUntilAsync(async () => await CountAsync("sync_runs", "outcome = 'ABANDONED' AND files_total = 1") == 1, 30);
        await DropFolderSyncTests.WaitUntilAsync(async () => await CountAsync("sync_runs", "outcome = 'SUCCEEDED' AND records_applied = 5") == 1, 60);
        Assert.Equal(1, await CountAsync("deliveries", "file_name = 'leerlingen_50EF00_20260410.csv'"));
        Assert.Equal(0, await CountAsync("deliveries", "outcome <> 'APPLIED'"));
        Assert.Empty(Directory.EnumerateFiles(drop.Path));
    }

    private GatewayProcess Start(bool pauseIngest = false)
    {
        var environment = new Dictionary<string, string>
        {
            ["ConnectionStrings__Register"] = database.ConnectionString,
            ["ASPNETCORE_URLS"] = "http://127.0.0.1:0",
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Sources__0__Name"] = "drop",
            ["Sources__0__Kind"] = "dropFolder",
            ["Sources__0__Schedule"] = "*/2 * * * * *",
            ["Sources__0__Folder"] = drop.Path,
            ["Sources__0__ArchiveFolder"] = archive,
            ["Sync__PollInterval"] = "00:00:00.300",
            ["Sync__StableFor"] = "00:00:00.100",
            ["Sync__RetryDelay"] = "00:00:00.100",
            ["Sync__AsOf"] = "2026-04-15",
            ["Sync__LockTimeout"] = "00:00:03",
        };
        if (pauseIngest)
        {
            environment[IngestOptions.PauseAfterRowsVariable] = "2";
        }

        return GatewayProcess.Start([], environment, pauseIngest ? IngestOptions.PauseMessage : null);
    }

    private Task<long> CountAsync(string table, string where) => RegisterContents.CountAsync(database.DataSource, table, where);

    private async Task<long> ScalarAsync(string sql)
    {
        await using var command = database.DataSource.CreateCommand(sql);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }
}

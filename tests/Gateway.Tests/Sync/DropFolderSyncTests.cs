using System.Net;
using System.Net.Http.Json;
using Thuiszitters.Gateway.Sync;
using Thuiszitters.Gateway.Sync.Api;
using Thuiszitters.Gateway.Sync.DropFolder;
using Thuiszitters.Gateway.Tests.Infrastructure;

namespace Thuiszitters.Gateway.Tests.Sync;

public sealed class DropFolderSyncTests : IAsyncLifetime
{
    private readonly SyncHarness sync = new();

    public Task InitializeAsync() => sync.InitializeAsync();

    public Task DisposeAsync() => sync.DisposeAsync();

    [Fact]
    public async Task RunNow_NewFile_AppliedReconciledArchivedAndCounted()
    {
        sync.Drop.Write(new PupilsCsvBuilder("12AB00", "20260410").Pupil("1", Pgns.Bsn(1)).Pupil("2", Pgns.Bsn(2)).Pupil("3", Pgns.InvalidBsn(3)));

        var run = await sync.RunNowAsync();

        Assert.Equal(SyncOutcomes.Succeeded, run.Outcome);
        Assert.Equal(SyncTriggers.Manual, run.Trigger);
        Assert.Equal((1, 1, 3L, 2L, 1L, 0), (run.FilesTotal, run.Files, run.RecordsRead, run.RecordsApplied, run.RecordsQuarantined, run.FilesRefused));
        Assert.Equal(1, run.Attempts);
        Assert.True(run.PersonsChanged >= 2, $"persons changed: {run.PersonsChanged}");
        Assert.True(run.ConflictsOpened >= 1, "the quarantined record raises INVALID_IDENTIFIER");
        Assert.Empty(Directory.EnumerateFiles(sync.Drop.Path));
        Assert.Equal(["leerlingen_12AB00_20260410.csv"], sync.Archived(Archive.Applied));
        Assert.Equal(2, await sync.CountAsync("school_pupils"));
        Assert.True(await sync.CountAsync("pupil_states") >= 2);

        using var client = sync.Client();
        var detail = await client.GetFromJsonAsync<SyncRunDetail>(new Uri($"/api/sync/runs/{run.Id}", UriKind.Relative));
        var quarantined = Assert.Single(detail!.Quarantined);
        Assert.Equal("leerlingen_12AB00_20260410.csv", quarantined.FileName);
        Assert.False(string.IsNullOrEmpty(quarantined.Field));
        var body = await client.GetStringAsync(new Uri($"/api/sync/runs/{run.Id}", UriKind.Relative));
        Assert.DoesNotContain(Pgns.InvalidBsn(3), body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunNow_SameFileTwice_SecondIsANoOp()
    {
        var file = new PupilsCsvBuilder("12AB00", "20260410").Pupil("1", Pgns.Bsn(1));
        sync.Drop.Write(file);
        var first = await sync.RunNowAsync();
        var before = await RegisterContents.ReadAsync(sync.Database.DataSource);

        sync.Drop.Write(file);
        var second = await sync.RunNowAsync();

        Assert.Equal((SyncOutcomes.Succeeded, 1L), (first.Outcome, first.RecordsApplied));
        Assert.Equal((SyncOutcomes.Succeeded, 1, 0L), (second.Outcome, second.Files, second.RecordsApplied));
        Assert.Equal(before, await RegisterContents.ReadAsync(sync.Database.DataSource));
        Assert.Equal(1, await sync.CountAsync("deliveries", "outcome = 'DUPLICATE'"));
        Assert.Equal(2, sync.Archived(Archive.Applied).Count);
    }

    [Fact]
    public async Task RunNow_FileStillBeingWritten_NotPickedUp()
    {
        var part = sync.Drop.Write(new PupilsCsvBuilder("12AB00", "20260410").Pupil("1", Pgns.Bsn(1)).FileName + ReadyFiles.PartSuffix, new PupilsCsvBuilder("12AB00", "20260410").Pupil("1", Pgns.Bsn(1)).Build());

        var run = await sync.RunNowAsync();

        Assert.Equal((SyncOutcomes.Succeeded, 0, 0), (run.Outcome, run.FilesTotal, run.Files));
        Assert.True(File.Exists(part));
        Assert.Equal(0, await sync.CountAsync("deliveries"));

        File.Move(part, part[..^ReadyFiles.PartSuffix.Length]);
        var renamed = await sync.RunNowAsync();
        Assert.Equal((1, 1L), (renamed.Files, renamed.RecordsApplied));
    }

    [Fact]
    public async Task ReadyFiles_GrowingFile_LeftForTheNextLook()
    {
        var growing = sync.Drop.Write("leerlingen_12AB00_20260410.csv", "Stamnummer;BSN\n");
        sync.Drop.Write("leerlingen_34CD00_20260410.csv", "Stamnummer;BSN\n");
        using var stop = new CancellationTokenSource();
        var writer = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                await File.AppendAllTextAsync(growing, "1;\n");
                await Task.Delay(20);
            }
        });

        var ready = await ReadyFiles.FindAsync(sync.Drop.Path, TimeSpan.FromMilliseconds(300), TimeProvider.System, CancellationToken.None);
        await stop.CancelAsync();
        await writer;

        Assert.Equal([Path.Combine(sync.Drop.Path, "leerlingen_34CD00_20260410.csv")], ready);
    }

    [Fact]
    public async Task ReadyFiles_FileLastWrittenLongAgo_ReadAfterAShortLookNotAWholeStableFor()
    {
        var old = sync.Drop.Write("leerlingen_12AB00_20260410.csv", "Stamnummer;BSN\n");
        File.SetLastWriteTimeUtc(old, TimeProvider.System.GetUtcNow().UtcDateTime.AddMinutes(-1));
        var other = sync.Drop.Write("leerlingen_34CD00_20260410.csv", "Stamnummer;BSN\n");
        File.SetLastWriteTimeUtc(other, TimeProvider.System.GetUtcNow().UtcDateTime.AddMinutes(-1));
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var ready = await ReadyFiles.FindAsync(sync.Drop.Path, TimeSpan.FromSeconds(10), TimeProvider.System, CancellationToken.None);

        Assert.Equal([old, other], ready);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(8), $"waited {watch.Elapsed}");
    }

    [Fact]
    public async Task ReadyFiles_FileWrittenJustNow_WaitsUntilItIsStableForOld()
    {
        var file = sync.Drop.Write("leerlingen_12AB00_20260410.csv", "Stamnummer;BSN\n");
        var written = File.GetLastWriteTimeUtc(file);

        var ready = await ReadyFiles.FindAsync(sync.Drop.Path, TimeSpan.FromMilliseconds(600), TimeProvider.System, CancellationToken.None);

        Assert.Equal([file], ready);
        // A timer may fire a millisecond early; the file system's write time is coarse.
        Assert.True(TimeProvider.System.GetUtcNow().UtcDateTime - written >= TimeSpan.FromMilliseconds(580));
    }

    [Fact]
    public async Task ReadyFiles_GrowingFileWhoseWriteTimeStaysOld_LeftForTheNextLook()
    {
        // A share that moves the last write time only when the writer closes the file: the size still shows the growth.
        var growing = sync.Drop.Write("leerlingen_12AB00_20260410.csv", "Stamnummer;BSN\n");
        var then = TimeProvider.System.GetUtcNow().UtcDateTime.AddMinutes(-1);
        File.SetLastWriteTimeUtc(growing, then);
        using var stop = new CancellationTokenSource();
        var writer = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                await File.AppendAllTextAsync(growing, "1;\n");
                File.SetLastWriteTimeUtc(growing, then);
                await Task.Delay(20);
            }
        });

        var ready = await ReadyFiles.FindAsync(sync.Drop.Path, TimeSpan.FromSeconds(2), TimeProvider.System, CancellationToken.None);
        await stop.CancelAsync();
        await writer;

        Assert.Empty(ready);
    }

    [Fact]
    public async Task RunNow_RefusedFile_ArchivedKeptAndAppliedAgainOnlyOnceReplaced()
    {
        sync.Drop.Write("leerlingen_12AB00_20260410.csv", "Stamnummer;Achternaam\n1;Jansen\n");

        var run = await sync.RunNowAsync();

        Assert.Equal((SyncOutcomes.Refused, 1, 1), (run.Outcome, run.Files, run.FilesRefused));
        var archived = Assert.Single(Directory.EnumerateFiles(Path.Combine(sync.Archive, Archive.Refused), "*", SearchOption.AllDirectories));
        Assert.Equal(1, await sync.CountAsync("rejected_files"));
        var source = await sync.SourceAsync();
        Assert.Equal((0, false, true), (source.FailingStreak, source.Paused, source.NeedsAttention));

        using var client = sync.Client();
        var refused = Assert.Single((await client.GetFromJsonAsync<List<SyncFileInfo>>(new Uri("/api/sync/refused", UriKind.Relative)))!);
        Assert.Equal(("REJECTED", true), (refused.Outcome, refused.Refused));
        Assert.NotNull(refused.Reason);
        var original = await client.GetStringAsync(new Uri($"/api/sync/files/{refused.Id}/content", UriKind.Relative));
        Assert.Equal("Stamnummer;Achternaam\n1;Jansen\n", original);
        Assert.Equal(1, await sync.CountAsync("audit_log", "action LIKE 'sync-file-download:%'"));

        using (var same = await client.PostAsync(new Uri($"/api/sync/files/{refused.Id}/apply-again", UriKind.Relative), null))
        {
            Assert.Equal(HttpStatusCode.Conflict, same.StatusCode);
        }

        await File.WriteAllTextAsync(archived, new PupilsCsvBuilder("12AB00", "20260410").Pupil("1", Pgns.Bsn(1)).Build());
        using var again = await client.PostAsync(new Uri($"/api/sync/files/{refused.Id}/apply-again", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.Accepted, again.StatusCode);
        var retry = await sync.WaitForJobAsync((await again.Content.ReadFromJsonAsync<RunStarted>())!.JobId);
        Assert.Equal((SyncOutcomes.Succeeded, SyncTriggers.Retry, 1L), (retry.Outcome, retry.Trigger, retry.RecordsApplied));
    }

    internal static async Task WaitUntilAsync(Func<Task<bool>> condition, int seconds = 60)
    {
        var deadline = TimeProvider.System.GetUtcNow().AddSeconds(seconds);
        while (!await condition())
        {
            if (TimeProvider.System.GetUtcNow() > deadline)
            {
                throw new TimeoutException("condition not met");
            }

            await Task.Delay(50);
        }
    }
}

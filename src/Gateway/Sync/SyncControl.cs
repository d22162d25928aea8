using Hangfire;
using Microsoft.Extensions.Options;
using Npgsql;
using Thuiszitters.Gateway.Ingest;
using Thuiszitters.Gateway.Register.Entities;

namespace Thuiszitters.Gateway.Sync;

/// <summary>What a person can do to a source: run it now, pause it, resume it (which runs it), apply a refused file again.</summary>
internal sealed class SyncControl(
    IServiceProvider services, IOptions<SourcesOptions> sources, SyncRunStore store, SyncQueries queries, NpgsqlDataSource dataSource, TimeProvider time)
{
    /// <summary>The outcomes of an action, for the endpoints to answer.</summary>
    public enum Result
    {
        Done,
        UnknownSource,
        Paused,
        NotRefused,
        NotReplaced,
        ArchiveMissing,
        NotDropFolder,
    }

    public async Task<(Result Result, string? JobId)> RunNowAsync(string source, CancellationToken cancellationToken)
    {
        if (sources.Value.Find(source) is null)
        {
            return (Result.UnknownSource, null);
        }

        await store.EnsureSourcesAsync([source], cancellationToken);
        if (await store.IsPausedAsync(source, cancellationToken))
        {
            return (Result.Paused, null);
        }

        return (Result.Done, Jobs.Enqueue<SyncJobs>(j => j.ManualAsync(source, null, CancellationToken.None)));
    }

    public async Task<Result> PauseAsync(string source, string who, CancellationToken cancellationToken)
    {
        if (sources.Value.Find(source) is null)
        {
            return Result.UnknownSource;
        }

        await store.EnsureSourcesAsync([source], cancellationToken);
        await store.SetPausedAsync(source, true, who, time.GetUtcNow(), cancellationToken);
        return Result.Done;
    }

    /// <summary>Resumes the source (its failing streak back to 0) and runs it at once.</summary>
    public async Task<(Result Result, string? JobId)> ResumeAsync(string source, string who, CancellationToken cancellationToken)
    {
        if (sources.Value.Find(source) is null)
        {
            return (Result.UnknownSource, null);
        }

        await store.EnsureSourcesAsync([source], cancellationToken);
        await store.SetPausedAsync(source, false, who, time.GetUtcNow(), cancellationToken);
        return (Result.Done, Jobs.Enqueue<SyncJobs>(j => j.ManualAsync(source, null, CancellationToken.None)));
    }

    /// <summary>
    /// Puts a refused file back in its source's drop folder and runs the source (trigger <c>retry</c>). A file refused for
    /// its content (<c>REJECTED</c>) must first have been replaced in the archive: the same bytes again would only be a
    /// duplicate. A ROD batch refused for a gap (<c>BATCH_GAP</c>) may go again as it is, once the missing batch is in.
    /// </summary>
    public async Task<(Result Result, string? JobId)> ApplyAgainAsync(long fileId, CancellationToken cancellationToken)
    {
        if (await queries.FileAsync(fileId, cancellationToken) is not { } found)
        {
            return (Result.UnknownSource, null);
        }

        var (file, archivePath, sha256) = found;
        if (!file.Refused)
        {
            return (Result.NotRefused, null);
        }

        if (sources.Value.Find(file.Source) is not { Folder: { } folder })
        {
            return (Result.NotDropFolder, null);
        }

        if (archivePath is null || !File.Exists(archivePath))
        {
            return (Result.ArchiveMissing, null);
        }

        if (file.Outcome == DeliveryOutcomes.Rejected && await FileFingerprint.Sha256Async(archivePath, cancellationToken) == sha256)
        {
            return (Result.NotReplaced, null);
        }

        if (await store.IsPausedAsync(file.Source, cancellationToken))
        {
            return (Result.Paused, null);
        }

        File.Move(archivePath, Path.Combine(folder, file.FileName), overwrite: false);
        await using (var command = dataSource.CreateCommand("UPDATE sync_files SET applied_again_at = $2 WHERE id = $1"))
        {
            command.Parameters.Add(new NpgsqlParameter { Value = fileId });
            command.Parameters.Add(new NpgsqlParameter { Value = time.GetUtcNow() });
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        var source = file.Source;
        return (Result.Done, Jobs.Enqueue<SyncJobs>(j => j.RetryAsync(source, null, CancellationToken.None)));
    }

    private IBackgroundJobClient Jobs => services.GetRequiredService<IBackgroundJobClient>();
}

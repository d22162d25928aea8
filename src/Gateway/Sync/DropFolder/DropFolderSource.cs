using Microsoft.Extensions.Options;
using Thuiszitters.Gateway.Ingest;

namespace Thuiszitters.Gateway.Sync.DropFolder;

/// <summary>
/// The <c>dropFolder</c> kind: every run reads the files that are ready (<see cref="ReadyFiles"/>) in drop-folder order
/// (<see cref="DeliveryOrder"/>: a school's files and ROD batches in their sequence), applies each through the delivery
/// pipeline, and moves it to the archive: applied and no-op files to <c>applied/</c>, refused ones to <c>refused/</c>.
/// A file whose apply failed stays where it is for the next run, and the run stops there (a later ROD batch must not
/// overtake it).
/// </summary>
internal sealed class DropFolderSource(IOptions<SyncOptions> options, TimeProvider time, ILogger<DropFolderSource> logger) : ISyncSource
{
    public const string KindName = "dropFolder";

    public string Kind => KindName;

    public IEnumerable<string> Validate(SourceOptions source)
    {
        if (string.IsNullOrWhiteSpace(source.Folder))
        {
            yield return "Folder is required for a dropFolder source.";
        }

        if (string.IsNullOrWhiteSpace(source.ArchiveFolder))
        {
            yield return "ArchiveFolder is required for a dropFolder source.";
        }
        else if (!string.IsNullOrWhiteSpace(source.Folder)
            && string.Equals(Path.GetFullPath(source.Folder).TrimEnd('/'), Path.GetFullPath(source.ArchiveFolder).TrimEnd('/'), StringComparison.Ordinal))
        {
            yield return "ArchiveFolder must not be the drop folder itself.";
        }
    }

    public async Task RunAsync(SourceOptions source, SyncRunContext run, CancellationToken cancellationToken)
    {
        var folder = source.Folder!;
        var archive = source.ArchiveFolder!;
        var ready = await run.RetryAsync(token => ReadyFiles.FindAsync(folder, options.Value.StableFor, time, token), cancellationToken);
        var files = DeliveryOrder.Sort(ready);
        await run.BeginFilesAsync(files.Count, cancellationToken);
        foreach (var path in files)
        {
            var (delivery, sha256, size) = await run.ApplyFileAsync(path, cancellationToken);
            var shelf = SyncRunContext.IsRefusal(delivery.Outcome) ? Archive.Refused : Archive.Applied;
            var day = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
            var moved = await run.RetryAsync(token => ValueTask.FromResult(Archive.Move(path, archive, shelf, day, run.RunId)), cancellationToken);
            SyncLog.FileHandled(logger, run.Source, delivery.FileName, delivery.Outcome, moved);
            await run.RecordFileAsync(delivery, sha256, size, moved, cancellationToken);
        }
    }
}

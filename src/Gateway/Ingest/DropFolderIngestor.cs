namespace Thuiszitters.Gateway.Ingest;

/// <summary>
/// Applies every file of a drop folder as one <see cref="IngestRun"/>, in <see cref="DeliveryOrder"/>: up to
/// <c>parallelism</c> deliveries at a time, each on a connection of its own, files of one owner one after the other
/// (<see cref="DeliveryScheduler"/>); durable when this returns, bulk-loaded when the folder is large (see
/// <see cref="BulkMode"/>). The outcome does not depend on the parallelism: delivery ids are reserved in drop-folder
/// order, every owner's files apply in that order, and no delivery reads another owner's rows.
/// </summary>
internal sealed class DropFolderIngestor
{
    /// <summary>Deliveries applied at a time by default: on two cores, one more than the cores keeps both busy while one waits.</summary>
    public const int DefaultParallelism = 3;

    private readonly DeliveryIngestor ingestor;
    private readonly BulkMode bulk;
    private readonly int parallelism;

    public DropFolderIngestor(DeliveryIngestor ingestor, BulkMode bulk = BulkMode.Auto, int parallelism = DefaultParallelism)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(parallelism, 1);
        this.ingestor = ingestor;
        this.bulk = bulk;
        this.parallelism = parallelism;
    }

    public Task<IReadOnlyList<DeliveryResult>> IngestFolderAsync(string folder, Action<DeliveryResult>? onResult, CancellationToken cancellationToken) =>
        IngestFilesAsync(Directory.EnumerateFiles(folder).Where(path => !Path.GetFileName(path).StartsWith('.')), onResult, null, cancellationToken);

    public Task<IReadOnlyList<DeliveryResult>> IngestFolderAsync(string folder, CancellationToken cancellationToken) =>
        IngestFolderAsync(folder, null, cancellationToken);

    /// <summary>
    /// Applies <paramref name="paths"/> as a folder's files are applied; <paramref name="onResult"/> sees each result in
    /// drop-folder order as soon as the files before it are done, <paramref name="onBegun"/> the run once it has begun.
    /// </summary>
    public async Task<IReadOnlyList<DeliveryResult>> IngestFilesAsync(
        IEnumerable<string> paths, Action<DeliveryResult>? onResult, Action<IngestRun>? onBegun, CancellationToken cancellationToken)
    {
        var files = DeliveryOrder.Sort(paths);
        await using var run = await ingestor.BeginRunAsync(files, bulk, cancellationToken);
        onBegun?.Invoke(run);
        var results = await new DeliveryScheduler(files).RunAsync(
            parallelism, (path, token) => ingestor.IngestFileAsync(path, run, token), onResult, cancellationToken);
        await run.CompleteAsync(cancellationToken);
        return results;
    }
}

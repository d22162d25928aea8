namespace Thuiszitters.Gateway.Ingest;

/// <summary>
/// Applies every file of a drop folder, one delivery at a time, in <see cref="DeliveryOrder"/>, as one
/// <see cref="IngestRun"/>: durable when this returns, bulk-loaded when the folder is large (see <see cref="BulkMode"/>).
/// </summary>
internal sealed class DropFolderIngestor(DeliveryIngestor ingestor, BulkMode bulk = BulkMode.Auto)
{
    public async Task<IReadOnlyList<DeliveryResult>> IngestFolderAsync(string folder, Action<DeliveryResult>? onResult, CancellationToken cancellationToken)
    {
        var files = DeliveryOrder.Sort(Directory.EnumerateFiles(folder).Where(path => !Path.GetFileName(path).StartsWith('.')));
        var run = await ingestor.BeginRunAsync(files, bulk, cancellationToken);
        var results = new List<DeliveryResult>();
        foreach (var path in files)
        {
            var result = await ingestor.IngestFileAsync(path, run, cancellationToken);
            results.Add(result);
            onResult?.Invoke(result);
        }

        await run.CompleteAsync(cancellationToken);
        return results;
    }

    public Task<IReadOnlyList<DeliveryResult>> IngestFolderAsync(string folder, CancellationToken cancellationToken) =>
        IngestFolderAsync(folder, null, cancellationToken);
}

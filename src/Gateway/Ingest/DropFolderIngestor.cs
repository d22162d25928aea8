namespace Thuiszitters.Gateway.Ingest;

/// <summary>Applies every file of a drop folder, one delivery at a time, in <see cref="DeliveryOrder"/>.</summary>
internal sealed class DropFolderIngestor(DeliveryIngestor ingestor)
{
    public async Task<IReadOnlyList<DeliveryResult>> IngestFolderAsync(string folder, Action<DeliveryResult>? onResult, CancellationToken cancellationToken)
    {
        var files = Directory.EnumerateFiles(folder)
            .Where(path => !Path.GetFileName(path).StartsWith('.'));
        var results = new List<DeliveryResult>();
        foreach (var path in DeliveryOrder.Sort(files))
        {
            var result = await ingestor.IngestFileAsync(path, cancellationToken);
            results.Add(result);
            onResult?.Invoke(result);
        }

        return results;
    }

    public Task<IReadOnlyList<DeliveryResult>> IngestFolderAsync(string folder, CancellationToken cancellationToken) =>
        IngestFolderAsync(folder, null, cancellationToken);
}

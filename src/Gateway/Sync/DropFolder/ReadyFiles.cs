namespace Thuiszitters.Gateway.Sync.DropFolder;

/// <summary>
/// The files of a drop folder that are ready to read. A file is still being written, and left for a later run, when its
/// name ends in <c>.part</c> (senders write <c>name.part</c> and rename it when done), or when its size or last write
/// time changes between two looks <see cref="SyncOptions.StableFor"/> apart (for senders that write in place). Names
/// starting with a dot are never read (the generator's <c>.ground-truth.json</c>, editors' swap files).
/// </summary>
internal static class ReadyFiles
{
    public const string PartSuffix = ".part";

    public static async ValueTask<IReadOnlyList<string>> FindAsync(string folder, TimeSpan stableFor, TimeProvider time, CancellationToken cancellationToken)
    {
        var first = Look(folder);
        if (first.Count == 0)
        {
            return [];
        }

        if (stableFor > TimeSpan.Zero)
        {
            await Task.Delay(stableFor, time, cancellationToken);
        }

        var second = Look(folder);
        return [.. first.Where(f => second.TryGetValue(f.Key, out var again) && again == f.Value).Select(f => f.Key).Order(StringComparer.Ordinal)];
    }

    public static bool IsCandidate(string path)
    {
        var name = Path.GetFileName(path);
        return !name.StartsWith('.') && !name.EndsWith(PartSuffix, StringComparison.OrdinalIgnoreCase);
    }

    private static Dictionary<string, (long Length, DateTime Written)> Look(string folder)
    {
        var files = new Dictionary<string, (long, DateTime)>(StringComparer.Ordinal);
        foreach (var info in new DirectoryInfo(folder).EnumerateFiles())
        {
            if (IsCandidate(info.FullName))
            {
                files[info.FullName] = (info.Length, info.LastWriteTimeUtc);
            }
        }

        return files;
    }
}

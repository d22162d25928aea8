namespace Thuiszitters.Gateway.Sync.DropFolder;

/// <summary>
/// The files of a drop folder that are ready to read. A file is still being written, and left for a later run, when its
/// name ends in <c>.part</c> (senders write <c>name.part</c> and rename it when done), or when its size or last write
/// time changes between two looks (for senders that write in place). A file is read once it is unchanged between the
/// looks and was last written at least <see cref="SyncOptions.StableFor"/> before the second one, or is unchanged over a
/// whole <see cref="SyncOptions.StableFor"/> (a share whose clock runs ahead). So the second look comes when the newest
/// file is <see cref="SyncOptions.StableFor"/> old, and at least a fifth of it after the first (a growing file whose
/// last write time a share does not move is still caught by its size): a delivery that arrived a while before the run
/// is not kept waiting. Names starting with a dot are never read (the generator's <c>.ground-truth.json</c>, editors'
/// swap files).
/// </summary>
/// <remarks>Last write times are the file system's, so they are compared with the machine's clock, not the injected one.</remarks>
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
            // The wait makes the newest file (and so every file) StableFor old at the second look, or lasts StableFor
            // itself: a file unchanged between the looks is then ready by either rule.
            var gap = stableFor - (TimeProvider.System.GetUtcNow().UtcDateTime - first.Values.Max(f => f.Written));
            gap = gap < stableFor / 5 ? stableFor / 5 : gap > stableFor ? stableFor : gap;
            await Task.Delay(gap, time, cancellationToken);
        }

        var second = Look(folder);
        return [.. first
            .Where(f => second.TryGetValue(f.Key, out var again) && again == f.Value)
            .Select(f => f.Key)
            .Order(StringComparer.Ordinal)];
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

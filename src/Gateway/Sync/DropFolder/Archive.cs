namespace Thuiszitters.Gateway.Sync.DropFolder;

/// <summary>
/// Where a drop folder's handled files go: <c>ARCHIVE/applied/yyyy-MM-dd/</c> (applied or a no-op) and
/// <c>ARCHIVE/refused/yyyy-MM-dd/</c>. A file is moved, never deleted; a name already there gets the run id added.
/// </summary>
internal static class Archive
{
    public const string Applied = "applied";
    public const string Refused = "refused";

    public static string Move(string path, string archiveFolder, string shelf, DateOnly day, long runId)
    {
        var folder = Path.Combine(archiveFolder, shelf, day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Directory.CreateDirectory(folder);
        var name = Path.GetFileName(path);
        var target = Path.Combine(folder, name);
        if (File.Exists(target))
        {
            target = Path.Combine(folder, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{name}.run{runId}"));
        }

        File.Move(path, target);
        return target;
    }
}

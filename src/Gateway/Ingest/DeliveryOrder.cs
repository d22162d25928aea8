using Thuiszitters.Connectors;

namespace Thuiszitters.Gateway.Ingest;

/// <summary>
/// The safe order to apply a drop folder in: BRP extracts (per gemeente, oldest first), then ROD batches per
/// recipient by batch number, then school exports by export date (pupils before absences and registrations);
/// files whose name matches no format last.
/// </summary>
internal static class DeliveryOrder
{
    public static IReadOnlyList<string> Sort(IEnumerable<string> paths) =>
        paths.Select(path => (Path: path, Key: KeyOf(path)))
            .OrderBy(f => f.Key.Group)
            .ThenBy(f => f.Key.Primary, StringComparer.Ordinal)
            .ThenBy(f => f.Key.Secondary, StringComparer.Ordinal)
            .ThenBy(f => Path.GetFileName(f.Path), StringComparer.Ordinal)
            .Select(f => f.Path)
            .ToList();

    private static (int Group, string Primary, string Secondary) KeyOf(string path)
    {
        if (!DropFileName.TryParse(Path.GetFileName(path), out var name) || name is null)
        {
            return (3, string.Empty, string.Empty);
        }

        var date = name.Date?.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
        return name.Kind switch
        {
            SourceKind.BrpExtract => (0, name.Owner, date),
            SourceKind.RodBatch => (1, name.Owner, (name.BatchNumber ?? 0).ToString("D20", System.Globalization.CultureInfo.InvariantCulture)),
            SourceKind.Edex or SourceKind.PupilsCsv => (2, date, "0" + name.Owner),
            _ => (2, date, "1" + name.Owner),
        };
    }
}

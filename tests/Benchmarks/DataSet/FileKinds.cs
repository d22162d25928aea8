using Thuiszitters.Connectors;
using Thuiszitters.Gateway.Ingest;

namespace Thuiszitters.Benchmarks.DataSet;

/// <summary>
/// Splits a drop folder by source format. Measured kind by kind in this order, the files are applied in the same
/// safe order as <see cref="DeliveryOrder"/> gives: BRP, ROD by batch number, pupils exports, then absences and
/// registrations. Files whose name no format matches (the generator's ground truth) are left out.
/// </summary>
internal static class FileKinds
{
    public static IReadOnlyList<SourceKind> Ordered { get; } =
    [
        SourceKind.BrpExtract, SourceKind.RodBatch, SourceKind.Edex, SourceKind.PupilsCsv, SourceKind.AbsencesCsv, SourceKind.RegistrationsCsv,
    ];

    public static string Label(SourceKind kind) => kind switch
    {
        SourceKind.BrpExtract => "brp",
        SourceKind.RodBatch => "rod",
        SourceKind.Edex => "edex",
        SourceKind.PupilsCsv => "pupils-csv",
        SourceKind.AbsencesCsv => "absences-csv",
        SourceKind.RegistrationsCsv => "registrations-csv",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a drop-folder format."),
    };

    public static IReadOnlyList<KindFiles> Group(string folder)
    {
        var byKind = Directory.EnumerateFiles(folder)
            .Select(path => (Path: path, Name: DropFileName.TryParse(Path.GetFileName(path), out var name) ? name : null))
            .Where(f => f.Name is not null)
            .ToLookup(f => f.Name!.Kind, f => f.Path);
        return
        [
            .. Ordered.Where(byKind.Contains).Select(kind =>
            {
                var paths = DeliveryOrder.Sort(byKind[kind]);
                return new KindFiles(kind, paths, paths.Sum(p => new FileInfo(p).Length));
            }),
        ];
    }
}

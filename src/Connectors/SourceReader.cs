using Thuiszitters.Connectors.Brp;
using Thuiszitters.Connectors.Edex;
using Thuiszitters.Connectors.Rod;
using Thuiszitters.Connectors.SchoolCsv;

namespace Thuiszitters.Connectors;

/// <summary>
/// The one entry point for drop-folder files. The file name picks the reader; every reader yields its header first,
/// then facts and quarantined records, and on a contract breach a <see cref="FileRejected"/> as its last item.
/// Reading is lazy and streaming: memory stays flat whatever the file size.
/// </summary>
public static class SourceReader
{
    /// <summary>Reads <paramref name="stream"/> (not disposed) as the format its <paramref name="fileName"/> names.</summary>
    public static IEnumerable<SourceRecord> Read(Stream stream, string fileName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(fileName);
        var file = Path.GetFileName(fileName);
        if (!DropFileName.TryParse(file, out var name))
        {
            return [new FileRejected(file, null, "file name matches no known source format") { Line = 0 }];
        }

        return SourceFileReader.Run(() => Create(stream, file, name!));
    }

    /// <summary>Opens and reads the file at <paramref name="path"/>; the file is closed when the enumeration ends.</summary>
    public static IEnumerable<SourceRecord> ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        foreach (var item in Read(stream, path))
        {
            yield return item;
        }
    }

    private static SourceFileReader Create(Stream stream, string file, DropFileName name) => name.Kind switch
    {
        SourceKind.Edex => new EdexReader(stream, file, name),
        SourceKind.PupilsCsv => new PupilsCsvReader(stream, file, name),
        SourceKind.AbsencesCsv => new AbsencesCsvReader(stream, file, name),
        SourceKind.RegistrationsCsv => new RegistrationsCsvReader(stream, file, name),
        SourceKind.RodBatch => new RodBatchReader(stream, file, name),
        _ => new BrpExtractReader(stream, file, name),
    };
}

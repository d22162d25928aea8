using System.Globalization;
using System.Text;
using Thuiszitters.Connectors;

namespace Thuiszitters.Benchmarks.DataSet;

/// <summary>
/// Writes the next ROD batch of the data set's recipient: a partial (<c>P</c>) delivery that changes one pupil in a
/// hundred. Open enrolments of the complete batch are taken at an even stride; half of those pupils leave their school
/// (the <c>INS</c> again, with an end date, mutation <c>A</c>), the other half get a new <c>16U</c> verzuimmelding.
/// Only BSN persons are taken, so the touched person keys are the PGNs in the file.
/// The file follows the contract (consecutive batch number, counts in <c>SLR</c>), so the ingest applies it whole.
/// </summary>
internal static class WeeklyDelta
{
    private const long FirstMeldingsnummer = 900_000_000;

    public static DeltaFile Write(KindFiles rod, string outputFolder, int pupils, DateOnly asOf)
    {
        var batches = rod.Paths
            .Select(path => (Path: path, Name: DropFileName.TryParse(Path.GetFileName(path), out var name) ? name! : null))
            .Where(b => b.Name?.BatchNumber is not null)
            .OrderBy(b => b.Name!.BatchNumber)
            .ToList();
        if (batches.Count == 0)
        {
            throw new BenchmarkException("the data set has no ROD batch to follow up with a weekly delivery");
        }

        var recipient = batches[0].Name!.Owner;
        var next = batches.Max(b => b.Name!.BatchNumber!.Value) + 1;
        var wanted = Math.Max(1, pupils / 100);
        var ended = new List<string>();
        var reports = new List<string>();
        var touched = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var date = Compact(asOf);
        var stride = Math.Max(1, File.ReadLines(batches[0].Path, Encoding.UTF8).LongCount(line => OpenEnrolment(line) is not null) / wanted);
        long index = 0;
        foreach (var line in File.ReadLines(batches[0].Path, Encoding.UTF8))
        {
            if (touched.Count == wanted)
            {
                break;
            }

            if (OpenEnrolment(line) is not [_, var pgn, var brin, var vestiging, var volgnummer, var begin, _, var sector, _]
                || index++ % stride != 0 || !seen.Add(pgn))
            {
                continue;
            }

            touched.Add(pgn);
            if (touched.Count % 2 == 1)
            {
                var end = string.CompareOrdinal(begin, Compact(asOf.AddDays(-5))) > 0 ? begin : Compact(asOf.AddDays(-5));
                ended.Add($"INS|{pgn}|{brin}|{vestiging}|{volgnummer}|{begin}|{end}|{sector}|A");
            }
            else
            {
                var number = (FirstMeldingsnummer + reports.Count).ToString(CultureInfo.InvariantCulture);
                reports.Add($"VZM|{number}|{pgn}|{brin}|{vestiging}|16U|{Compact(asOf.AddDays(-20))}||G|");
            }
        }

        Directory.CreateDirectory(outputFolder);
        var path = Path.Combine(outputFolder, string.Create(CultureInfo.InvariantCulture, $"rod_{recipient}_{next:D6}.txt"));
        using (var writer = new StreamWriter(path, false, new UTF8Encoding(false)) { NewLine = "\n" })
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"VLR|{next}|P|{date}|{date}|{recipient}"));
            ended.ForEach(writer.WriteLine);
            reports.ForEach(writer.WriteLine);
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"SLR|0|{ended.Count}|{reports.Count}|0|0"));
        }

        return new DeltaFile(path, next, touched, ended.Count, reports.Count);
    }

    /// <summary>
    /// The fields of <c>INS|pgn|brin|vestiging|volgnummer|begin|end|sector|mutatie</c> when it is an open enrolment of a
    /// BSN person (a KOP may key an onderwijsnummer's person by a BSN; a BSN person is keyed by the PGN in the file).
    /// </summary>
    private static string[]? OpenEnrolment(string line) =>
        line.StartsWith("INS|", StringComparison.Ordinal) && line.Split('|') is ["INS", var pgn, _, _, _, _, "", _, not "V"] fields
            && !Pgn.TryParse(pgn, PgnKind.Onderwijsnummer, out _, out _)
            ? fields
            : null;

    private static string Compact(DateOnly date) => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
}

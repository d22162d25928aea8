using System.Text;
using Thuiszitters.Generator.Model;
using Thuiszitters.Generator.Rules;

namespace Thuiszitters.Generator.Writers;

/// <summary>
/// Writes ground-truth.json in the schema of the worked examples (asOf, pupils, conflicts, judgedCodes).
/// Pupils are sorted by pgn without holding them: pgn order is index order within onderwijsnummers
/// (10xxxxxxx) and within BSNs (2xxxxxxxx and up), so two streamed parts concatenate in order.
/// </summary>
internal sealed class GroundTruthWriter : IDisposable
{
    public const string FileName = ".ground-truth.json";

    private static readonly UTF8Encoding Utf8 = new(false, true);
    private readonly string _path;
    private readonly string[] _tempPaths;
    private readonly StreamWriter[] _parts;

    public GroundTruthWriter(string folder, string tempFolder)
    {
        _path = Path.Combine(folder, FileName);
        _tempPaths = [Path.Combine(tempFolder, "truth.onderwijsnummer.part"), Path.Combine(tempFolder, "truth.bsn.part"), Path.Combine(tempFolder, "truth.conflicts.part")];
        _parts = [.. _tempPaths.Select(p => TextFiles.Create(p, Utf8, "\n"))];
    }

    public void Write(ExpectedPupil e)
    {
        var part = e.Pgn.StartsWith("10", StringComparison.Ordinal) ? 0 : 1;
        var since = e.Since is { } day ? $", \"since\": \"{CsvText.Iso(day)}\", \"band\": {Text(e.Band)}" : "";
        Line(part, $"{{\"pgn\": \"{e.Pgn}\", \"status\": \"{e.Status}\"{since}}}");
    }

    public void Write(ExpectedConflict c) =>
        Line(2, $"{{\"code\": \"{c.Code}\", \"pgn\": \"{c.Pgn}\", \"school\": {Text(c.School)}, \"date\": {Text(c.Date is { } d ? CsvText.Iso(d) : null)}}}");

    public void Complete(DateOnly asOf, string about)
    {
        foreach (var part in _parts)
        {
            part.Dispose();
        }

        using (var output = TextFiles.Create(_path, Utf8, "\n"))
        {
            output.WriteLine("{");
            output.WriteLine($" \"asOf\": \"{CsvText.Iso(asOf)}\",");
            output.WriteLine($" \"about\": {Text(about)},");
            output.Write(" \"pupils\": [");
            Append(output, _tempPaths[0], _tempPaths[1]);
            output.WriteLine("],");
            output.Write(" \"conflicts\": [");
            Append(output, _tempPaths[2]);
            output.WriteLine("],");
            output.Write(" \"judgedCodes\": [");
            var first = true;
            foreach (var code in ConflictCode.All)
            {
                output.Write(first ? "\n  " : ",\n  ");
                output.Write($"\"{code}\"");
                first = false;
            }

            output.WriteLine("\n ]");
            output.WriteLine("}");
        }

        foreach (var temp in _tempPaths)
        {
            File.Delete(temp);
        }
    }

    public void Dispose()
    {
        foreach (var part in _parts)
        {
            part.Dispose();
        }
    }

    /// <summary>Joins the one-object-per-line parts into the array, one element per line.</summary>
    private static void Append(StreamWriter output, params string[] parts)
    {
        var any = false;
        foreach (var part in parts)
        {
            foreach (var line in File.ReadLines(part, Utf8))
            {
                output.Write(any ? ",\n  " : "\n  ");
                output.Write(line);
                any = true;
            }
        }

        if (any)
        {
            output.Write("\n ");
        }
    }

    /// <summary>A JSON string or null. The values are codes, digits and dates; the about text has no quotes.</summary>
    private static string Text(string? value) => value is null ? "null" : $"\"{value}\"";

    private void Line(int part, string line) => _parts[part].WriteLine(line);
}

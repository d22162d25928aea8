using System.Globalization;
using System.Text;
using Thuiszitters.Generator.Model;

namespace Thuiszitters.Generator.Writers;

/// <summary>
/// One DUO/ROD batch file (INPUTS.md D). Records arrive per pupil in any order; each record type is
/// streamed to its own temporary file and the batch is put together at the end as VLR, PER..., INS...,
/// VZM..., VRS..., KOP..., SLR with the counts.
/// </summary>
internal sealed class RodBatchWriter : IDisposable
{
    private static readonly string[] Types = ["PER", "INS", "VZM", "VRS", "KOP"];
    private static readonly UTF8Encoding Utf8 = new(false, true);

    private readonly string _path;
    private readonly string _header;
    private readonly string _newLine;
    private readonly string[] _tempPaths;
    private readonly StreamWriter[] _parts;
    private readonly long[] _counts = new long[Types.Length];

    public RodBatchWriter(string folder, string tempFolder, RegionSetup setup, int batch)
    {
        var complete = batch == 1;
        var date = CsvText.Compact(complete ? setup.RodCompleteDate : setup.RodPartialDate);
        var recipient = setup.Options.Swv;
        _path = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"rod_{recipient}_{batch:D6}.txt"));
        _header = string.Create(CultureInfo.InvariantCulture, $"VLR|{batch}|{(complete ? 'C' : 'P')}|{date}|{date}|{recipient}");
        _newLine = complete ? "\n" : "\r\n";
        _tempPaths = [.. Types.Select(t => Path.Combine(tempFolder, string.Create(CultureInfo.InvariantCulture, $"rod{batch}.{t}.part")))];
        _parts = [.. _tempPaths.Select(p => TextFiles.Create(p, Utf8, _newLine))];
    }

    public void Write(RodPerson r)
    {
        var p = r.Pupil;
        Line(0, string.Create(CultureInfo.InvariantCulture, $"PER|{p.Pgn}|{CsvText.Compact(r.BirthDate)}|{p.Surname}|{p.Voorvoegsel}|{p.Voornamen}|{p.Gemeente}|{p.Postcode}|{CsvText.Compact(p.Startkwalificatie)}"));
    }

    public void Write(RodEnrolment e) =>
        Line(1, string.Create(CultureInfo.InvariantCulture, $"INS|{e.Pupil.Pgn}|{e.School.Brin}|{e.School.Vestiging}|{e.Volgnummer}|{CsvText.Compact(e.Begin)}|{CsvText.Compact(e.End)}|{e.School.Sector}|{e.Mutation}"));

    public void Write(RodReport v) =>
        Line(2, string.Create(CultureInfo.InvariantCulture, $"VZM|{v.Number}|{v.Pupil.Pgn}|{v.School.Brin}|{v.School.Vestiging}|{v.Kind}|{CsvText.Compact(v.Begin)}|{CsvText.Compact(v.End)}|{v.Status}|{v.WithdrawalReason}"));

    public void Write(RodExemption x) =>
        Line(3, string.Create(CultureInfo.InvariantCulture, $"VRS|{x.Pupil.Pgn}|{x.Article}|{CsvText.Compact(x.Begin)}|{CsvText.Compact(x.End)}|{x.Pupil.Gemeente}"));

    public void WriteLink(Person p) => Line(4, $"KOP|{p.Bsn}|{p.Onderwijsnummer}");

    /// <summary>Closes the parts and writes the batch file; returns the record counts in SLR order.</summary>
    public IReadOnlyList<long> Complete()
    {
        foreach (var part in _parts)
        {
            part.Dispose();
        }

        using (var output = TextFiles.Create(_path, Utf8, _newLine))
        {
            output.WriteLine(_header);
            output.Flush();
            foreach (var temp in _tempPaths)
            {
                using var input = new FileStream(temp, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
                input.CopyTo(output.BaseStream);
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"SLR|{_counts[0]}|{_counts[1]}|{_counts[2]}|{_counts[3]}|{_counts[4]}"));
        }

        foreach (var temp in _tempPaths)
        {
            File.Delete(temp);
        }

        return _counts;
    }

    public void Dispose()
    {
        foreach (var part in _parts)
        {
            part.Dispose();
        }
    }

    private void Line(int type, string line)
    {
        _parts[type].WriteLine(line);
        _counts[type]++;
    }
}

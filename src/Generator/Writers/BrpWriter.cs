using System.Globalization;
using Thuiszitters.Generator.Model;

namespace Thuiszitters.Generator.Writers;

/// <summary>The resident extracts of the region's gemeenten (INPUTS.md E), one open file per gemeente.</summary>
internal sealed class BrpWriter : IDisposable
{
    private readonly Dictionary<string, (StreamWriter Writer, bool Cp1252)> _files = new(StringComparer.Ordinal);

    public BrpWriter(string folder, RegionSetup setup)
    {
        var date = CsvText.Compact(setup.AsOf);
        foreach (var gemeente in setup.Gemeenten)
        {
            var writer = TextFiles.Create(Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"brp_{gemeente.Code}_{date}.csv")), gemeente.Flavour);
            CsvText.Row(writer, false, "BSN", "Geboortedatum", "Achternaam", "Voorvoegsel", "Voornamen", "Postcode", "Datum vestiging", "Datum vertrek");
            _files.Add(gemeente.Code, (writer, gemeente.Flavour == CsvFlavour.Windows1252));
        }
    }

    public int FileCount => _files.Count;

    public void Write(BrpEntry e)
    {
        var p = e.Resident;
        var (writer, cp1252) = _files[p.Gemeente];
        CsvText.Row(writer, cp1252, p.Bsn!, CsvText.Date(e.BirthDate), p.Surname, p.Voorvoegsel, p.Voornamen, p.Postcode,
            CsvText.Date(e.Settled), "");
    }

    public void Dispose()
    {
        foreach (var (writer, _) in _files.Values)
        {
            writer.Dispose();
        }
    }
}

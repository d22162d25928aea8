using System.Globalization;
using Thuiszitters.Generator.Model;

namespace Thuiszitters.Generator.Writers;

/// <summary>
/// The three export files of one school (INPUTS.md A/B): pupils (EDEX XML or leerlingen CSV),
/// verzuim and thuiszitters, each a full snapshot of the school year.
/// </summary>
internal sealed class SchoolExportWriter : IDisposable
{
    private readonly SchoolInfo _school;
    private readonly bool _cp1252;
    private readonly EdexPupilsWriter? _edex;
    private readonly StreamWriter? _pupils;
    private readonly StreamWriter _absence;
    private readonly StreamWriter _registrations;

    public SchoolExportWriter(string folder, SchoolInfo school, DateOnly exportDate, DateOnly schoolYearStart)
    {
        _school = school;
        _cp1252 = school.Flavour == CsvFlavour.Windows1252;
        var date = CsvText.Compact(exportDate);
        if (school.Export == ExportKind.Edex)
        {
            _edex = new EdexPupilsWriter(Path.Combine(folder, $"{school.Code}_{date}.edex.xml"), school, exportDate, schoolYearStart);
        }
        else
        {
            _pupils = TextFiles.Create(Path.Combine(folder, $"leerlingen_{school.Code}_{date}.csv"), school.Flavour);
            CsvText.Row(_pupils, false, "Stamnummer", "BSN", "Onderwijsnummer", "Achternaam", "Tussenvoegsel", "Voornamen",
                "Roepnaam", "Geboortedatum", "Geslacht", "Postcode", "Gemeentecode", "Datum inschrijving", "Datum uitschrijving",
                "Reden uitschrijving", "Naar school");
        }

        _absence = TextFiles.Create(Path.Combine(folder, $"verzuim_{school.Code}_{date}.csv"), school.Flavour);
        CsvText.Row(_absence, false, "Stamnummer", "BSN", "Onderwijsnummer", "Datum", "Uren", "Code");
        _registrations = TextFiles.Create(Path.Combine(folder, $"thuiszitters_{school.Code}_{date}.csv"), school.Flavour);
        CsvText.Row(_registrations, false, "BSN", "Onderwijsnummer", "Startdatum", "Einddatum", "Reden", "Aanbod", "Plan",
            "Regiehouder", "Gemeld op");
    }

    public void Write(AdminEnrolment e)
    {
        if (_edex is not null)
        {
            _edex.Write(e);
            return;
        }

        var p = e.Pupil;
        CsvText.Row(_pupils!, _cp1252, Key(p), p.SchoolBsn, p.SchoolOnderwijsnummer, p.Surname, p.Voorvoegsel, p.Voornamen,
            p.Roepnaam, BirthDate(e), p.Gender.ToString(), p.Postcode, p.Gemeente, CsvText.Date(e.Begin), CsvText.Date(e.End),
            e.Reason, e.Destination);
    }

    public void Write(AbsenceDay a) =>
        CsvText.Row(_absence, _cp1252, Key(a.Pupil), a.Pupil.SchoolBsn, a.Pupil.SchoolOnderwijsnummer, CsvText.Date(a.Date),
            CsvText.Hours(a.Tenths, _school.DecimalSeparator), a.Code);

    public void Write(Registration r) =>
        CsvText.Row(_registrations, _cp1252, r.Pupil.SchoolBsn, r.Pupil.SchoolOnderwijsnummer, CsvText.Date(r.Start),
            CsvText.Date(r.End), r.Reason, r.Offer ? "J" : "N", r.Plan ? "J" : "N", r.Regiehouder, CsvText.Date(r.ReportedOn));

    public void Dispose()
    {
        _edex?.Dispose();
        _pupils?.Dispose();
        _absence.Dispose();
        _registrations.Dispose();
    }

    private static string Key(Person p) => p.Key.ToString(CultureInfo.InvariantCulture);

    /// <summary>The CSV date format holds only complete dates; a differing one is given as yyyy-mm-dd by the scenario.</summary>
    private static string BirthDate(AdminEnrolment e) =>
        e.BirthDateText is null
            ? CsvText.Date(e.Pupil.BirthDate)
            : CsvText.Date(DateOnly.ParseExact(e.BirthDateText, "yyyy-MM-dd", CultureInfo.InvariantCulture));
}

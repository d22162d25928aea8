using Thuiszitters.Connectors.Text;

namespace Thuiszitters.Connectors.SchoolCsv;

/// <summary>Reads <c>leerlingen_&lt;SCHOOL&gt;_&lt;yyyymmdd&gt;.csv</c>: one row per pupil enrolled at any time in the school year.</summary>
internal sealed class PupilsCsvReader(Stream stream, string fileName, DropFileName name) : CsvFileReader(stream, fileName)
{
    private const int Stamnummer = 0;
    private const int Bsn = 1;
    private const int Onderwijsnummer = 2;
    private const int Achternaam = 3;
    private const int Tussenvoegsel = 4;
    private const int Voornamen = 5;
    private const int Roepnaam = 6;
    private const int Geboortedatum = 7;
    private const int Geslacht = 8;
    private const int Postcode = 9;
    private const int Gemeentecode = 10;
    private const int DatumInschrijving = 11;
    private const int DatumUitschrijving = 12;
    private const int RedenUitschrijving = 13;
    private const int NaarSchool = 14;

    private static readonly string[] Columns =
    [
        "Stamnummer", "BSN", "Onderwijsnummer", "Achternaam", "Tussenvoegsel", "Voornamen", "Roepnaam", "Geboortedatum",
        "Geslacht", "Postcode", "Gemeentecode", "Datum inschrijving", "Datum uitschrijving", "Reden uitschrijving", "Naar school",
    ];

    private static readonly string[] GeslachtCodes = ["M", "V", "X"];

    protected override IReadOnlyList<string> ColumnNames => Columns;

    protected override SourceRecord CreateHeader() =>
        new SchoolExportHeader(SchoolExportKind.Pupils, SchoolCode.Parse(name.Owner), name.Date!.Value) { Line = Line };

    protected override SourceRecord ParseRow()
    {
        var line = Line;
        var bsn = PgnField.Check(Field(Bsn), PgnKind.Bsn);
        var onderwijsnummer = PgnField.Check(Field(Onderwijsnummer), PgnKind.Onderwijsnummer);
        var achternaam = Fields.Required(Field(Achternaam), line, Name(Achternaam));
        var geboortedatum = Fields.OptionalDate(Field(Geboortedatum), DateFormat.DayMonthYear, line, Name(Geboortedatum));
        var geslacht = Field(Geslacht).Trim().IsEmpty ? null : Fields.Code(Field(Geslacht), GeslachtCodes, line, Name(Geslacht));
        var gemeente = Fields.OptionalGemeente(Field(Gemeentecode), line, Name(Gemeentecode));
        var start = Fields.Date(Field(DatumInschrijving), DateFormat.DayMonthYear, line, Name(DatumInschrijving));
        var end = Fields.OptionalDate(Field(DatumUitschrijving), DateFormat.DayMonthYear, line, Name(DatumUitschrijving));
        Fields.CheckPeriod(start, end, line, Name(DatumUitschrijving));
        var bestemming = Fields.OptionalSchool(Field(NaarSchool), line, Name(NaarSchool));

        if (QuarantineIfFailed(bsn, Bsn, onderwijsnummer, Onderwijsnummer) is { } quarantined)
        {
            return quarantined;
        }

        return new PupilRecord(
            SourceKey: Fields.Optional(Field(Stamnummer)),
            Bsn: bsn.Value,
            Onderwijsnummer: onderwijsnummer.Value,
            Achternaam: achternaam,
            Voorvoegsel: Fields.Optional(Field(Tussenvoegsel)),
            Voornamen: Fields.Optional(Field(Voornamen)),
            Voorletters: null,
            Roepnaam: Fields.Optional(Field(Roepnaam)),
            Geboortedatum: geboortedatum is { } d ? PartialDate.FromDate(d) : null,
            Geslacht: geslacht,
            Postcode: Fields.Optional(Field(Postcode)),
            Woongemeente: gemeente,
            Inschrijfdatum: start,
            Uitschrijfdatum: end,
            RedenUitschrijving: Fields.Optional(Field(RedenUitschrijving)),
            Bestemming: bestemming)
        {
            Line = line,
        };
    }
}

using Thuiszitters.Connectors.Text;

namespace Thuiszitters.Connectors.Brp;

/// <summary>Reads <c>brp_&lt;GEMEENTE&gt;_&lt;yyyymmdd&gt;.csv</c>: the gemeente's residents aged 4 to 18. Every row needs a valid BSN.</summary>
internal sealed class BrpExtractReader(Stream stream, string fileName, DropFileName name) : CsvFileReader(stream, fileName)
{
    private const int Bsn = 0;
    private const int Geboortedatum = 1;
    private const int Achternaam = 2;
    private const int Voorvoegsel = 3;
    private const int Voornamen = 4;
    private const int Postcode = 5;
    private const int DatumVestiging = 6;
    private const int DatumVertrek = 7;

    private static readonly string[] Columns =
        ["BSN", "Geboortedatum", "Achternaam", "Voorvoegsel", "Voornamen", "Postcode", "Datum vestiging", "Datum vertrek"];

    protected override IReadOnlyList<string> ColumnNames => Columns;

    protected override SourceRecord CreateHeader() =>
        new BrpHeader(GemeenteCode.Parse(name.Owner), name.Date!.Value) { Line = Line };

    protected override SourceRecord ParseRow()
    {
        var line = Line;
        var bsn = PgnField.CheckRequired(Field(Bsn), PgnKind.Bsn);
        var geboortedatum = Fields.OptionalDate(Field(Geboortedatum), DateFormat.DayMonthYear, line, Name(Geboortedatum));
        var achternaam = Fields.Required(Field(Achternaam), line, Name(Achternaam));
        var vestiging = Fields.OptionalDate(Field(DatumVestiging), DateFormat.DayMonthYear, line, Name(DatumVestiging));
        var vertrek = Fields.OptionalDate(Field(DatumVertrek), DateFormat.DayMonthYear, line, Name(DatumVertrek));
        if (bsn.Failed)
        {
            return Quarantine(Bsn, bsn.FailReason!);
        }

        return new ResidentRecord(
            bsn.Value!.Value,
            geboortedatum is { } d ? PartialDate.FromDate(d) : null,
            achternaam,
            Fields.Optional(Field(Voorvoegsel)),
            Fields.Optional(Field(Voornamen)),
            Fields.Optional(Field(Postcode)),
            vestiging,
            vertrek)
        {
            Line = line,
        };
    }
}

using Thuiszitters.Connectors.Text;

namespace Thuiszitters.Connectors.SchoolCsv;

/// <summary>Reads <c>thuiszitters_&lt;SCHOOL&gt;_&lt;yyyymmdd&gt;.csv</c>: the school's own thuiszitter registrations.</summary>
internal sealed class RegistrationsCsvReader(Stream stream, string fileName, DropFileName name) : CsvFileReader(stream, fileName)
{
    private const int Bsn = 0;
    private const int Onderwijsnummer = 1;
    private const int Startdatum = 2;
    private const int Einddatum = 3;
    private const int Reden = 4;
    private const int Aanbod = 5;
    private const int Plan = 6;
    private const int Regiehouder = 7;
    private const int GemeldOp = 8;

    private static readonly string[] Columns =
        ["BSN", "Onderwijsnummer", "Startdatum", "Einddatum", "Reden", "Aanbod", "Plan", "Regiehouder", "Gemeld op"];

    private static readonly string[] Redenen = ["PSYCHISCH", "LICHAMELIJK", "GEDRAG", "SCHOOLANGST", "ONDERWIJSAANBOD", "GEZIN", "ONBEKEND"];

    protected override IReadOnlyList<string> ColumnNames => Columns;

    protected override SourceRecord CreateHeader() =>
        new SchoolExportHeader(SchoolExportKind.Registrations, SchoolCode.Parse(name.Owner), name.Date!.Value) { Line = Line };

    protected override SourceRecord ParseRow()
    {
        var line = Line;
        var bsn = PgnField.Check(Field(Bsn), PgnKind.Bsn);
        var onderwijsnummer = PgnField.Check(Field(Onderwijsnummer), PgnKind.Onderwijsnummer);
        var start = Fields.Date(Field(Startdatum), DateFormat.DayMonthYear, line, Name(Startdatum));
        var end = Fields.OptionalDate(Field(Einddatum), DateFormat.DayMonthYear, line, Name(Einddatum));
        Fields.CheckPeriod(start, end, line, Name(Einddatum));
        var reden = Fields.Code(Field(Reden), Redenen, line, Name(Reden));
        var aanbod = Fields.YesNo(Field(Aanbod), line, Name(Aanbod));
        var plan = Fields.YesNo(Field(Plan), line, Name(Plan));
        var gemeldOp = Fields.Date(Field(GemeldOp), DateFormat.DayMonthYear, line, Name(GemeldOp));

        if (Field(Bsn).Trim().IsEmpty && Field(Onderwijsnummer).Trim().IsEmpty)
        {
            throw new ContractViolationException(line, null, "row names no pupil: BSN and Onderwijsnummer are both empty");
        }

        if (QuarantineIfFailed(bsn, Bsn, onderwijsnummer, Onderwijsnummer) is { } quarantined)
        {
            return quarantined;
        }

        return new RegistrationRecord(bsn.Value, onderwijsnummer.Value, start, end, reden, aanbod, plan, Fields.Optional(Field(Regiehouder)), gemeldOp)
        {
            Line = line,
        };
    }
}

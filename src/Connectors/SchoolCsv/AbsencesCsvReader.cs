using Thuiszitters.Connectors.Text;

namespace Thuiszitters.Connectors.SchoolCsv;

/// <summary>Reads <c>verzuim_&lt;SCHOOL&gt;_&lt;yyyymmdd&gt;.csv</c>: one row per pupil per day with absence.</summary>
internal sealed class AbsencesCsvReader(Stream stream, string fileName, DropFileName name) : CsvFileReader(stream, fileName)
{
    private const int Stamnummer = 0;
    private const int Bsn = 1;
    private const int Onderwijsnummer = 2;
    private const int Datum = 3;
    private const int Uren = 4;
    private const int Code = 5;

    private static readonly string[] Columns = ["Stamnummer", "BSN", "Onderwijsnummer", "Datum", "Uren", "Code"];

    private static readonly string[] Codes = ["ZIEK", "GEOORLOOFD", "ONGEOORLOOFD", "LUXE", "SCHORSING", "VERLOF_11F", "VERLOF_11G"];

    protected override IReadOnlyList<string> ColumnNames => Columns;

    protected override SourceRecord CreateHeader() =>
        new SchoolExportHeader(SchoolExportKind.Absences, SchoolCode.Parse(name.Owner), name.Date!.Value) { Line = Line };

    protected override SourceRecord ParseRow()
    {
        var line = Line;
        var bsn = PgnField.Check(Field(Bsn), PgnKind.Bsn);
        var onderwijsnummer = PgnField.Check(Field(Onderwijsnummer), PgnKind.Onderwijsnummer);
        var stamnummer = Fields.Optional(Field(Stamnummer));
        var date = Fields.Date(Field(Datum), DateFormat.DayMonthYear, line, Name(Datum));
        var hours = Fields.Hours(Field(Uren), line, Name(Uren));
        var code = ToAbsenceCode(Fields.Code(Field(Code), Codes, line, Name(Code)));

        if (stamnummer is null && Field(Bsn).Trim().IsEmpty && Field(Onderwijsnummer).Trim().IsEmpty)
        {
            throw new ContractViolationException(line, null, "row names no pupil: Stamnummer, BSN and Onderwijsnummer are all empty");
        }

        if (QuarantineIfFailed(bsn, Bsn, onderwijsnummer, Onderwijsnummer) is { } quarantined)
        {
            return quarantined;
        }

        return new AbsenceRecord(stamnummer, bsn.Value, onderwijsnummer.Value, date, hours, code) { Line = line };
    }

    private static AbsenceCode ToAbsenceCode(string code) => code switch
    {
        "ZIEK" => AbsenceCode.Ziek,
        "GEOORLOOFD" => AbsenceCode.Geoorloofd,
        "ONGEOORLOOFD" => AbsenceCode.Ongeoorloofd,
        "LUXE" => AbsenceCode.Luxe,
        "SCHORSING" => AbsenceCode.Schorsing,
        "VERLOF_11F" => AbsenceCode.Verlof11F,
        _ => AbsenceCode.Verlof11G,
    };
}

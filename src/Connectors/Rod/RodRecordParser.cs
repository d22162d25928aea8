using System.Globalization;
using Thuiszitters.Connectors.Text;

namespace Thuiszitters.Connectors.Rod;

/// <summary>Turns the current ROD line into its record; every field is checked before the pgn decides on quarantine.</summary>
internal sealed class RodRecordParser(DelimitedTokenizer line, string fileName)
{
    private static readonly string[] Sectors = ["PO", "SO", "VO", "VSO", "MBO"];
    private static readonly string[] Soorten = ["16U", "LRV", "RMC", "LUX", "OVR"];
    private static readonly string[] Artikelen = ["5A", "5B", "5C", "15", "3A"];

    public static void CheckWidth(DelimitedTokenizer line, int width)
    {
        if (line.FieldCount != width)
        {
            throw new ContractViolationException(line.Line, line[0].ToString(), $"record has {line.FieldCount} fields, expected {width}");
        }
    }

    public static long Number(ReadOnlySpan<char> value, long line, string field) =>
        value.Length is > 0 and <= 15 && long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? n
            : throw new ContractViolationException(line, field, "is not a whole number");

    public SourceRecord Parse(RodRecordType type) => type switch
    {
        RodRecordType.Per => Person(),
        RodRecordType.Ins => Enrolment(),
        RodRecordType.Vzm => Report(),
        RodRecordType.Vrs => Exemption(),
        _ => Link(),
    };

    private SourceRecord Person()
    {
        CheckWidth(line, 9);
        var n = line.Line;
        var pgn = PgnField.CheckAnyRequired(line[1]);
        var birth = Fields.OptionalPartialDate(line[2], DateFormat.Compact, n, "PER.geboortedatum");
        var achternaam = Fields.Required(line[3], n, "PER.achternaam");
        var gemeente = Fields.OptionalGemeente(line[6], n, "PER.woongemeente");
        var startkwalificatie = Fields.OptionalDate(line[8], DateFormat.Compact, n, "PER.startkwalificatie");
        if (pgn.Failed)
        {
            return Quarantine("PER.pgn", pgn.FailReason!, 1);
        }

        return new RodPersonRecord(pgn.Value!.Value, birth, achternaam, Fields.Optional(line[4]), Fields.Optional(line[5]), gemeente, Fields.Optional(line[7]), startkwalificatie)
        {
            Line = n,
        };
    }

    private SourceRecord Enrolment()
    {
        CheckWidth(line, 9);
        var n = line.Line;
        var pgn = PgnField.CheckAnyRequired(line[1]);
        var school = School(2, "INS");
        var volgnummer = Fields.PositiveInt(line[4], n, "INS.volgnummer");
        var begin = Fields.Date(line[5], DateFormat.Compact, n, "INS.begindatum");
        var end = Fields.OptionalDate(line[6], DateFormat.Compact, n, "INS.einddatum");
        Fields.CheckPeriod(begin, end, n, "INS.einddatum");
        var sector = Fields.Code(line[7], Sectors, n, "INS.sector");
        var mutatie = line[8] is ['T' or 'A' or 'U' or 'V'] ? line[8][0] : throw new ContractViolationException(n, "INS.mutatie", "is not one of T, A, U, V");
        if (pgn.Failed)
        {
            return Quarantine("INS.pgn", pgn.FailReason!, 1);
        }

        return new RodEnrolmentRecord(pgn.Value!.Value, school, volgnummer, begin, end, sector, mutatie) { Line = n };
    }

    private SourceRecord Report()
    {
        CheckWidth(line, 10);
        var n = line.Line;
        var meldingsnummer = Fields.Required(line[1], n, "VZM.meldingsnummer");
        var pgn = PgnField.CheckAnyRequired(line[2]);
        var school = School(3, "VZM");
        var soort = Fields.Code(line[5], Soorten, n, "VZM.soort");
        var begin = Fields.Date(line[6], DateFormat.Compact, n, "VZM.begindatum");
        var end = Fields.OptionalDate(line[7], DateFormat.Compact, n, "VZM.einddatum");
        Fields.CheckPeriod(begin, end, n, "VZM.einddatum");
        var status = line[8] is ['G' or 'B' or 'A' or 'I' or 'T'] ? line[8][0] : throw new ContractViolationException(n, "VZM.status", "is not one of G, B, A, I, T");
        if (pgn.Failed)
        {
            return Quarantine("VZM.pgn", pgn.FailReason!, 2);
        }

        return new RodReportRecord(meldingsnummer, pgn.Value!.Value, school, soort, begin, end, status, Fields.Optional(line[9])) { Line = n };
    }

    private SourceRecord Exemption()
    {
        CheckWidth(line, 6);
        var n = line.Line;
        var pgn = PgnField.CheckAnyRequired(line[1]);
        var artikel = Fields.Code(line[2], Artikelen, n, "VRS.artikel");
        var begin = Fields.Date(line[3], DateFormat.Compact, n, "VRS.begindatum");
        var end = Fields.OptionalDate(line[4], DateFormat.Compact, n, "VRS.einddatum");
        Fields.CheckPeriod(begin, end, n, "VRS.einddatum");
        var gemeente = Fields.OptionalGemeente(line[5], n, "VRS.gemeentecode");
        if (pgn.Failed)
        {
            return Quarantine("VRS.pgn", pgn.FailReason!, 1);
        }

        return new RodExemptionRecord(pgn.Value!.Value, artikel, begin, end, gemeente) { Line = n };
    }

    private SourceRecord Link()
    {
        CheckWidth(line, 3);
        var bsn = PgnField.CheckRequired(line[1], PgnKind.Bsn);
        var onderwijsnummer = PgnField.CheckRequired(line[2], PgnKind.Onderwijsnummer);
        if (bsn.Failed)
        {
            return Quarantine("KOP.bsn", bsn.FailReason!, 1);
        }

        if (onderwijsnummer.Failed)
        {
            return Quarantine("KOP.onderwijsnummer", onderwijsnummer.FailReason!, 2);
        }

        return new RodLinkRecord(bsn.Value!.Value, onderwijsnummer.Value!.Value) { Line = line.Line };
    }

    private SchoolCode School(int brinField, string type)
    {
        if (!SchoolCode.TryCreate(line[brinField], line[brinField + 1], out var school))
        {
            var field = SchoolCode.IsBrin(line[brinField]) ? type + ".vestiging" : type + ".brin";
            throw new ContractViolationException(line.Line, field, "is not a valid BRIN (2 digits + 2 capitals) and vestiging (2 digits)");
        }

        return school;
    }

    private QuarantinedRecord Quarantine(string field, string reason, int rawField) =>
        new(fileName, field, reason, line.RawRecord.ToString(), line[rawField].ToString()) { Line = line.Line };
}

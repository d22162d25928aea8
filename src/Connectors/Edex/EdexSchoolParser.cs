using System.Xml;
using Thuiszitters.Connectors.Text;

namespace Thuiszitters.Connectors.Edex;

/// <summary>The <c>school</c> element: schooljaar, brincode, vestigingsnummer and exportdatum, all required.</summary>
internal static class EdexSchoolParser
{
    private const int Schooljaar = 0;
    private const int Brincode = 1;
    private const int Vestigingsnummer = 2;
    private const int Exportdatum = 3;

    private static readonly string[] Names = ["schooljaar", "brincode", "vestigingsnummer", "exportdatum"];

    /// <summary>Reads the <c>school</c> element <paramref name="xml"/> is on and moves past it.</summary>
    public static SchoolExportHeader Parse(XmlReader xml)
    {
        var c = new EdexChildren(xml.NameTable, Names, allowedAttribute: null);
        c.Read(xml);
        if (!IsSchoolYear(c[Schooljaar]))
        {
            throw new ContractViolationException(c.Line(Schooljaar), c.Name(Schooljaar), "is not a school year (yyyy-yyyy)");
        }

        if (!SchoolCode.IsBrin(c[Brincode]))
        {
            throw new ContractViolationException(c.Line(Brincode), c.Name(Brincode), "is not a BRIN (2 digits + 2 capitals)");
        }

        if (!SchoolCode.TryCreate(c[Brincode], c[Vestigingsnummer], out var code))
        {
            throw new ContractViolationException(c.Line(Vestigingsnummer), c.Name(Vestigingsnummer), "is not a vestigingsnummer (2 digits)");
        }

        var date = Fields.Date(c[Exportdatum], DateFormat.Iso, c.Line(Exportdatum), c.Name(Exportdatum));
        return new SchoolExportHeader(SchoolExportKind.Pupils, code, date) { Line = c.ElementLine };
    }

    private static bool IsSchoolYear(ReadOnlySpan<char> s) =>
        s.Length == 9 && s[4] == '-'
        && int.TryParse(s[..4], System.Globalization.NumberStyles.None, null, out var first)
        && int.TryParse(s[5..], System.Globalization.NumberStyles.None, null, out var second)
        && second == first + 1;
}

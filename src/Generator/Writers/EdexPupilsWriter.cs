using System.Globalization;
using System.Text;
using System.Xml;
using Thuiszitters.Generator.Model;

namespace Thuiszitters.Generator.Writers;

/// <summary>Streams a school's pupils as an EDEX XML export (INPUTS.md A, contracts/edex/edex.xsd).</summary>
internal sealed class EdexPupilsWriter : IDisposable
{
    private const string Namespace = "urn:thuiszitters:edex:1";
    private readonly XmlWriter _xml;

    public EdexPupilsWriter(string path, SchoolInfo school, DateOnly exportDate, DateOnly schoolYearStart)
    {
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(false),
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            CloseOutput = true,
        };
        _xml = XmlWriter.Create(new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16), settings);
        _xml.WriteStartDocument();
        _xml.WriteStartElement("EDEX", Namespace);
        _xml.WriteStartElement("school", Namespace);
        Element("schooljaar", string.Create(CultureInfo.InvariantCulture, $"{schoolYearStart.Year}-{schoolYearStart.Year + 1}"));
        Element("brincode", school.Brin);
        Element("vestigingsnummer", school.Vestiging);
        Element("exportdatum", CsvText.Iso(exportDate));
        _xml.WriteEndElement();
        _xml.WriteStartElement("leerlingen", Namespace);
    }

    public void Write(AdminEnrolment e)
    {
        var p = e.Pupil;
        _xml.WriteStartElement("leerling", Namespace);
        _xml.WriteAttributeString("key", p.Key.ToString(CultureInfo.InvariantCulture));
        Optional("bsn", p.SchoolBsn);
        Optional("onderwijsnummer", p.SchoolOnderwijsnummer);
        Element("achternaam", p.Surname);
        Optional("voorvoegsel", p.Voorvoegsel);
        if (p.Key % 3 == 0)
        {
            Element("voornamen", p.Voornamen);
        }

        Element("voorletters", p.Voorletters);
        Optional("roepnaam", p.Roepnaam);
        Element("geboortedatum", e.BirthDateText ?? CsvText.Iso(p.BirthDate));
        Element("geslacht", p.Gender == 'V' ? "2" : "1");
        Element("postcode", p.Postcode);
        Element("woongemeente", p.Gemeente);
        Element("inschrijfdatum", CsvText.Iso(e.Begin));
        if (e.End is { } end)
        {
            Element("uitschrijfdatum", CsvText.Iso(end));
            Optional("redenuitschrijving", e.Reason);
            Optional("bestemming", e.Destination);
        }

        _xml.WriteEndElement();
    }

    public void Dispose()
    {
        _xml.WriteEndElement();
        _xml.WriteEndElement();
        _xml.WriteEndDocument();
        _xml.Dispose();
    }

    private void Element(string name, string value) => _xml.WriteElementString(name, Namespace, value);

    private void Optional(string name, string value)
    {
        if (value.Length > 0)
        {
            Element(name, value);
        }
    }
}

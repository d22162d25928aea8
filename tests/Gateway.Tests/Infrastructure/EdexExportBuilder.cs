using System.Globalization;
using System.Text;

namespace Thuiszitters.Gateway.Tests.Infrastructure;

/// <summary>Builds an EDEX export (<c>&lt;SCHOOL&gt;_&lt;yyyymmdd&gt;.edex.xml</c>); dates as <c>yyyy-mm-dd</c>.</summary>
public sealed class EdexExportBuilder(string school, string date) : ISourceFile
{
    private readonly StringBuilder pupils = new();

    public string FileName => $"{school}_{date}.edex.xml";

    public EdexExportBuilder Pupil(string key, string bsn, string achternaam = "Bakker", string geboortedatum = "2010-10-01", string inschrijfdatum = "2022-08-22")
    {
        pupils.Append(
            CultureInfo.InvariantCulture,
            $"    <leerling key=\"{key}\"><bsn>{bsn}</bsn><achternaam>{achternaam}</achternaam><voorletters>A.</voorletters><roepnaam>Anna</roepnaam>"
            + $"<geboortedatum>{geboortedatum}</geboortedatum><geslacht>2</geslacht><postcode>1811AB</postcode><woongemeente>0361</woongemeente>"
            + $"<inschrijfdatum>{inschrijfdatum}</inschrijfdatum></leerling>\n");
        return this;
    }

    public string Build() =>
        $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <EDEX xmlns="urn:thuiszitters:edex:1">
          <school><schooljaar>2025-2026</schooljaar><brincode>{school[..4]}</brincode><vestigingsnummer>{school[4..]}</vestigingsnummer><exportdatum>{date[..4]}-{date[4..6]}-{date[6..]}</exportdatum></school>
          <leerlingen>
        {pupils}  </leerlingen>
        </EDEX>

        """;
}

using System.Globalization;
using System.Text;

namespace Thuiszitters.Gateway.Tests.Infrastructure;

/// <summary>Builds <c>leerlingen_&lt;SCHOOL&gt;_&lt;yyyymmdd&gt;.csv</c>; dates as the format writes them (<c>dd-mm-yyyy</c>).</summary>
public sealed class PupilsCsvBuilder(string school, string date) : ISourceFile
{
    private readonly StringBuilder rows = new(
        "Stamnummer;BSN;Onderwijsnummer;Achternaam;Tussenvoegsel;Voornamen;Roepnaam;Geboortedatum;Geslacht;Postcode;Gemeentecode;Datum inschrijving;Datum uitschrijving;Reden uitschrijving;Naar school\n");

    public string FileName => $"leerlingen_{school}_{date}.csv";

    public PupilsCsvBuilder Pupil(
        string stamnummer, string bsn = "", string onderwijsnummer = "", string achternaam = "Jansen", string voornamen = "Piet",
        string geboortedatum = "20-05-2013", string inschrijving = "18-08-2025", string uitschrijving = "", string naarSchool = "")
    {
        rows.Append(CultureInfo.InvariantCulture, $"{stamnummer};{bsn};{onderwijsnummer};{achternaam};;{voornamen};;{geboortedatum};M;1811AB;0361;{inschrijving};{uitschrijving};;{naarSchool}\n");
        return this;
    }

    public string Build() => rows.ToString();
}

using System.Globalization;
using System.Text;

namespace Thuiszitters.Gateway.Tests.Infrastructure;

/// <summary>Builds <c>brp_&lt;GEMEENTE&gt;_&lt;yyyymmdd&gt;.csv</c>.</summary>
public sealed class BrpExtractBuilder(string gemeente, string date) : ISourceFile
{
    private readonly StringBuilder rows = new("BSN;Geboortedatum;Achternaam;Voorvoegsel;Voornamen;Postcode;Datum vestiging;Datum vertrek\n");

    public string FileName => $"brp_{gemeente}_{date}.csv";

    public BrpExtractBuilder Resident(string bsn, string geboortedatum = "20-05-2013", string achternaam = "Jansen", string vestiging = "01-01-2020", string vertrek = "")
    {
        rows.Append(CultureInfo.InvariantCulture, $"{bsn};{geboortedatum};{achternaam};;Piet;1811AB;{vestiging};{vertrek}\n");
        return this;
    }

    public string Build() => rows.ToString();
}

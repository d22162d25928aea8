using System.Globalization;
using System.Text;

namespace Thuiszitters.Gateway.Tests.Infrastructure;

/// <summary>Builds <c>verzuim_&lt;SCHOOL&gt;_&lt;yyyymmdd&gt;.csv</c>.</summary>
public sealed class AbsencesCsvBuilder(string school, string date) : ISourceFile
{
    private readonly StringBuilder rows = new("Stamnummer;BSN;Onderwijsnummer;Datum;Uren;Code\n");

    public string FileName => $"verzuim_{school}_{date}.csv";

    public AbsencesCsvBuilder Day(string bsn, string datum, string uren = "6", string code = "ONGEOORLOOFD", string stamnummer = "", string onderwijsnummer = "")
    {
        rows.Append(CultureInfo.InvariantCulture, $"{stamnummer};{bsn};{onderwijsnummer};{datum};{uren};{code}\n");
        return this;
    }

    public string Build() => rows.ToString();
}

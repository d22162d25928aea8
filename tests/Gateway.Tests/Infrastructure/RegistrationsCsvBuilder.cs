using System.Globalization;
using System.Text;

namespace Thuiszitters.Gateway.Tests.Infrastructure;

/// <summary>Builds <c>thuiszitters_&lt;SCHOOL&gt;_&lt;yyyymmdd&gt;.csv</c>.</summary>
public sealed class RegistrationsCsvBuilder(string school, string date) : ISourceFile
{
    private readonly StringBuilder rows = new("BSN;Onderwijsnummer;Startdatum;Einddatum;Reden;Aanbod;Plan;Regiehouder;Gemeld op\n");

    public string FileName => $"thuiszitters_{school}_{date}.csv";

    public RegistrationsCsvBuilder Registration(
        string bsn, string start = "02-03-2026", string end = "", string reden = "PSYCHISCH", string aanbod = "N", string plan = "J",
        string regiehouder = "Leerplicht Alkmaar", string gemeldOp = "09-03-2026")
    {
        rows.Append(CultureInfo.InvariantCulture, $"{bsn};;{start};{end};{reden};{aanbod};{plan};{regiehouder};{gemeldOp}\n");
        return this;
    }

    public string Build() => rows.ToString();
}

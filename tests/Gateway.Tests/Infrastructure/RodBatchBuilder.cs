using System.Globalization;
using System.Text;

namespace Thuiszitters.Gateway.Tests.Infrastructure;

/// <summary>Builds a ROD batch (<c>rod_&lt;recipient&gt;_&lt;batch&gt;.txt</c>): VLR, the records added, and an SLR that counts them.</summary>
public sealed class RodBatchBuilder(string recipient, long batchNumber, char type, string created = "20260401") : ISourceFile
{
    private readonly List<string> records = [];
    private readonly int[] counts = new int[5];
    private string? trailer;

    public string FileName => string.Create(CultureInfo.InvariantCulture, $"rod_{recipient}_{batchNumber:D6}.txt");

    public RodBatchBuilder Person(
        string pgn, string geboortedatum = "20130520", string achternaam = "Jansen", string voorvoegsel = "", string voornamen = "Piet",
        string gemeente = "0361", string postcode = "1811AB", string startkwalificatie = "") =>
        Add(0, $"PER|{pgn}|{geboortedatum}|{achternaam}|{voorvoegsel}|{voornamen}|{gemeente}|{postcode}|{startkwalificatie}");

    public RodBatchBuilder Enrolment(
        string pgn, string school, int volgnummer = 1, string begin = "20250818", string end = "", string sector = "VO", char mutatie = 'T') =>
        Add(1, string.Create(CultureInfo.InvariantCulture, $"INS|{pgn}|{school[..4]}|{school[4..]}|{volgnummer}|{begin}|{end}|{sector}|{mutatie}"));

    public RodBatchBuilder Report(
        string meldingsnummer, string pgn, string school, string soort = "LRV", string begin = "20260302", string end = "", char status = 'B',
        string redenIngetrokken = "") =>
        Add(2, $"VZM|{meldingsnummer}|{pgn}|{school[..4]}|{school[4..]}|{soort}|{begin}|{end}|{status}|{redenIngetrokken}");

    public RodBatchBuilder Exemption(string pgn, string artikel = "5A", string begin = "20250801", string end = "20260731", string gemeente = "0361") =>
        Add(3, $"VRS|{pgn}|{artikel}|{begin}|{end}|{gemeente}");

    public RodBatchBuilder Link(string bsn, string onderwijsnummer) => Add(4, $"KOP|{bsn}|{onderwijsnummer}");

    /// <summary>Replaces the SLR record (e.g. with counts that do not match).</summary>
    public RodBatchBuilder WithTrailer(string slr)
    {
        trailer = slr;
        return this;
    }

    public string Build()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"VLR|{batchNumber}|{type}|{created}|{created}|{recipient}\n");
        foreach (var record in records)
        {
            text.Append(record).Append('\n');
        }

        text.Append(trailer ?? string.Create(CultureInfo.InvariantCulture, $"SLR|{counts[0]}|{counts[1]}|{counts[2]}|{counts[3]}|{counts[4]}")).Append('\n');
        return text.ToString();
    }

    private RodBatchBuilder Add(int kind, string record)
    {
        counts[kind]++;
        records.Add(record);
        return this;
    }
}

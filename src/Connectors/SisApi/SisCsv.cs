using System.Globalization;
using System.Text;

namespace Thuiszitters.Connectors.SisApi;

/// <summary>
/// Writes what the school-system API gave as the school CSV export of <c>contracts/school-csv</c>
/// (<c>leerlingen_*.csv</c>, <c>verzuim_*.csv</c>), so that an API pull is applied by the same reader, checks, quarantine
/// and ingest as a dropped file. UTF-8 without BOM, <c>;</c>, RFC 4180 quotes where a value needs them.
/// </summary>
public static class SisCsv
{
    /// <summary>The absence codes of the contract (the same as the CSV export's).</summary>
    public static readonly IReadOnlyList<string> AbsenceCodes = ["ZIEK", "GEOORLOOFD", "ONGEOORLOOFD", "LUXE", "SCHORSING", "VERLOF_11F", "VERLOF_11G"];

    private const string PupilsHeader =
        "Stamnummer;BSN;Onderwijsnummer;Achternaam;Tussenvoegsel;Voornamen;Roepnaam;Geboortedatum;Geslacht;Postcode;Gemeentecode;Datum inschrijving;Datum uitschrijving;Reden uitschrijving;Naar school";

    private const string AbsencesHeader = "Stamnummer;BSN;Onderwijsnummer;Datum;Uren;Code";

    /// <summary>The file name of a pupils export of <paramref name="school"/> on <paramref name="date"/>.</summary>
    public static string PupilsFileName(string school, DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"leerlingen_{school}_{date:yyyyMMdd}.csv");

    public static string AbsencesFileName(string school, DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"verzuim_{school}_{date:yyyyMMdd}.csv");

    public static async Task WritePupilsAsync(TextWriter writer, IAsyncEnumerable<SisStudent> students, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(students);
        await writer.WriteLineAsync(PupilsHeader.AsMemory(), cancellationToken);
        var line = new StringBuilder();
        await foreach (var s in students.WithCancellation(cancellationToken))
        {
            line.Clear();
            Append(line, s.StudentNumber).Append(';');
            Append(line, s.Bsn).Append(';');
            Append(line, s.EducationNumber).Append(';');
            Append(line, s.Surname).Append(';');
            Append(line, s.SurnamePrefix).Append(';');
            Append(line, s.FirstNames).Append(';');
            Append(line, s.PreferredName).Append(';');
            Append(line, Date(s.BirthDate)).Append(';');
            Append(line, s.Gender).Append(';');
            Append(line, s.Postcode).Append(';');
            Append(line, s.MunicipalityCode).Append(';');
            Append(line, Date(s.EnrolmentDate)).Append(';');
            Append(line, Date(s.DeregistrationDate)).Append(';');
            Append(line, s.DeregistrationReason).Append(';');
            Append(line, s.DestinationSchool);
            await writer.WriteLineAsync(line, cancellationToken);
        }
    }

    public static async Task WriteAbsencesAsync(TextWriter writer, IAsyncEnumerable<SisAbsence> absences, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(absences);
        await writer.WriteLineAsync(AbsencesHeader.AsMemory(), cancellationToken);
        var line = new StringBuilder();
        await foreach (var a in absences.WithCancellation(cancellationToken))
        {
            line.Clear();
            Append(line, a.StudentNumber).Append(';');
            Append(line, a.Bsn).Append(';');
            Append(line, a.EducationNumber).Append(';');
            Append(line, Date(a.Date)).Append(';');
            Append(line, a.Hours.ToString(CultureInfo.InvariantCulture)).Append(';');
            Append(line, a.Code);
            await writer.WriteLineAsync(line, cancellationToken);
        }
    }

    private static string? Date(DateOnly? date) => date?.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);

    private static StringBuilder Append(StringBuilder line, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return line;
        }

        if (value.AsSpan().IndexOfAny(";\"\r\n") < 0)
        {
            return line.Append(value);
        }

        return line.Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }
}

using Thuiszitters.Connectors;
using Thuiszitters.Connectors.SisApi;

namespace Thuiszitters.DemoFakes;

/// <summary>
/// One school of the generated region as its school system's API serves it: the pupils and absence days of the school's
/// latest <c>leerlingen_</c> and <c>verzuim_</c> export, read by the connectors' own readers (a record they quarantine, a
/// failing BSN, is left out).
/// </summary>
internal sealed record DemoSchool(string Code, IReadOnlyList<SisStudent> Students, IReadOnlyList<SisAbsence> Absences)
{
    public static DemoSchool Load(string school, string folder)
    {
        var changedAt = TimeProvider.System.GetUtcNow().AddMinutes(-1);
        var students = Latest(folder, $"leerlingen_{school}_*.csv") is { } pupils
            ? SourceReader.ReadFile(pupils).OfType<PupilRecord>().Select(p => Student(p, changedAt)).ToList()
            : [];
        var absences = Latest(folder, $"verzuim_{school}_*.csv") is { } days
            ? SourceReader.ReadFile(days).OfType<AbsenceRecord>().Select(Absence).ToList()
            : [];
        return new DemoSchool(school, students, absences);
    }

    private static string? Latest(string folder, string pattern) =>
        Directory.Exists(folder) ? Directory.EnumerateFiles(folder, pattern).Order(StringComparer.Ordinal).LastOrDefault() : null;

    private static SisStudent Student(PupilRecord p, DateTimeOffset changedAt) => new(
        StudentNumber: p.SourceKey ?? p.Pgn?.Value ?? "?",
        Bsn: p.Bsn?.Value,
        EducationNumber: p.Onderwijsnummer?.Value,
        Surname: p.Achternaam,
        EnrolmentDate: p.Inschrijfdatum,
        ChangedAt: changedAt,
        SurnamePrefix: p.Voorvoegsel,
        FirstNames: p.Voornamen,
        PreferredName: p.Roepnaam,
        BirthDate: p.Geboortedatum?.ToDateOnly(),
        Gender: p.Geslacht,
        Postcode: p.Postcode,
        MunicipalityCode: p.Woongemeente?.Value,
        DeregistrationDate: p.Uitschrijfdatum,
        DeregistrationReason: p.RedenUitschrijving,
        DestinationSchool: p.Bestemming?.ToString());

    private static SisAbsence Absence(AbsenceRecord a) =>
        new(a.Stamnummer ?? a.Pgn?.Value ?? "?", a.Bsn?.Value, a.Onderwijsnummer?.Value, a.Date, a.Hours, SisCsv.AbsenceCodes[(int)a.Code]);
}

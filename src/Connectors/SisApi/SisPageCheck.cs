using System.Globalization;

namespace Thuiszitters.Connectors.SisApi;

/// <summary>
/// What the JSON shape alone does not check of a page (the contract's patterns and enumerations): a page that fails
/// breaks the contract as a whole. Identifiers are not checked here: a failing BSN quarantines its item later.
/// </summary>
public static class SisPageCheck
{
    private static readonly string[] Genders = ["M", "V", "X"];

    /// <summary>The first breach, as "items[i].field: reason" (no value quoted), or null.</summary>
    public static string? Students(SisPage<SisStudent>? page)
    {
        if (page?.Items is null)
        {
            return "items: missing";
        }

        if (page.Items.Count > 500)
        {
            return "items: more than 500";
        }

        for (var i = 0; i < page.Items.Count; i++)
        {
            var s = page.Items[i];
            var breach = s switch
            {
                null => "null item",
                { StudentNumber: null or "" } => "studentNumber: missing or empty",
                { Surname: null or "" } => "surname: missing or empty",
                { DeregistrationDate: { } end, EnrolmentDate: var start } when end < start => "deregistrationDate: before enrolmentDate",
                { Gender: { } g } when !Genders.Contains(g, StringComparer.Ordinal) => "gender: not M, V or X",
                { MunicipalityCode: { } m } when !GemeenteCode.TryParse(m, out _) => "municipalityCode: not a CBS code",
                { DestinationSchool: { } d } when !SchoolCode.TryParse(d, out _) => "destinationSchool: not a school code",
                _ => null,
            };
            if (breach is not null)
            {
                return string.Create(CultureInfo.InvariantCulture, $"items[{i}].{breach}");
            }
        }

        return null;
    }

    /// <summary>The first breach of an absence page, or null.</summary>
    public static string? Absences(SisPage<SisAbsence>? page)
    {
        if (page?.Items is null)
        {
            return "items: missing";
        }

        if (page.Items.Count > 500)
        {
            return "items: more than 500";
        }

        for (var i = 0; i < page.Items.Count; i++)
        {
            var a = page.Items[i];
            var breach = a switch
            {
                null => "null item",
                { StudentNumber: null or "" } => "studentNumber: missing or empty",
                { Hours: < 0 or > 24 } => "hours: outside 0-24",
                { Code: var c } when !SisCsv.AbsenceCodes.Contains(c, StringComparer.Ordinal) => "code: not a known absence code",
                _ => null,
            };
            if (breach is not null)
            {
                return string.Create(CultureInfo.InvariantCulture, $"items[{i}].{breach}");
            }
        }

        return null;
    }
}

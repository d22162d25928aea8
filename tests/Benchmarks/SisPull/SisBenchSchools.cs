using System.Globalization;
using System.Text.Json.Nodes;
using Thuiszitters.Fakes.SisApi;
using Thuiszitters.Generator.Rules;

namespace Thuiszitters.Benchmarks.SisPull;

/// <summary>
/// The schools the school-system benchmark pulls and what the fake serves for each, the same in the fake's process and
/// the client's: school <c>i</c> of the many-schools run and the large schools, each with its own pupils (distinct
/// valid BSNs), a tenth of them with five unauthorised absence days in the last month.
/// </summary>
internal static class SisBenchSchools
{
    /// <summary>Schools of the many-schools run are numbered from 0; the large schools after them.</summary>
    public const int MaxSchools = 3000;

    public const int MaxLargeSchools = 900;

    /// <summary>Pupils per school at most: each school owns this many BSN indices.</summary>
    public const int MaxPupilsPerSchool = 10_000;

    private static readonly string[] Surnames = ["Jansen", "de Vries", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "Bos", "Yılmaz", "El Amrani", "Nguyen"];
    private static readonly string[] FirstNames = ["Sem", "Noah", "Emma", "Julia", "Liam", "Mila", "Daan", "Sara", "Finn", "Noor", "Adam", "Lotte"];
    private static readonly string[] Gemeenten = ["0361", "1980", "0383", "0398", "0399"];

    /// <summary>School <paramref name="index"/> of the many-schools run: 10AA00, 10AB00, ... (BRIN digits, two letters, vestiging 00).</summary>
    public static string Code(int index) => CodeOf(index);

    /// <summary>The <paramref name="number"/>-th large school: after every school of the many-schools run.</summary>
    public static string LargeCode(int number) => CodeOf(MaxSchools + number);

    public static (List<JsonObject> Students, List<JsonObject> AbsenceDays) Make(string school, int pupils, DateOnly today)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pupils, MaxPupilsPerSchool);
        var index = IndexOf(school);
        var changedAt = new DateTimeOffset(2026, 11, 1, 8, 0, 0, TimeSpan.Zero);
        var students = new List<JsonObject>(pupils);
        var absences = new List<JsonObject>();
        for (var i = 0; i < pupils; i++)
        {
            var pupil = (index * MaxPupilsPerSchool) + i;
            var number = "L" + i.ToString("D5", CultureInfo.InvariantCulture);
            var bsn = Identifiers.BsnFor(0, pupil);
            var student = FakeSchoolSystem.Student(number, bsn, changedAt.AddSeconds(i), Surnames[pupil % Surnames.Length]);
            student["firstNames"] = FirstNames[pupil / Surnames.Length % FirstNames.Length];
            student["preferredName"] = FirstNames[pupil / Surnames.Length % FirstNames.Length];
            student["birthDate"] = new DateOnly(2010, 1, 1).AddDays(pupil * 7 % (11 * 365)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            student["municipalityCode"] = Gemeenten[pupil % Gemeenten.Length];
            students.Add(student);
            if (i % 10 == 3)
            {
                for (var day = 1; day <= 5; day++)
                {
                    absences.Add(FakeSchoolSystem.Absence(number, bsn, today.AddDays(-(day * 2) - (i % 7))));
                }
            }
        }

        return (students, absences);
    }

    private static string CodeOf(int index) =>
        string.Create(CultureInfo.InvariantCulture, $"{10 + (index / 676):D2}{(char)('A' + (index / 26 % 26))}{(char)('A' + (index % 26))}00");

    private static int IndexOf(string school) =>
        ((int.Parse(school.AsSpan(0, 2), CultureInfo.InvariantCulture) - 10) * 676) + ((school[2] - 'A') * 26) + (school[3] - 'A');
}

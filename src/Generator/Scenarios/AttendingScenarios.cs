using Thuiszitters.Generator.Model;
using Thuiszitters.Generator.Rules;

namespace Thuiszitters.Generator.Scenarios;

/// <summary>ATTENDING at the edges: absence that does not count, or not enough, or too long ago.</summary>
internal static class AttendingScenarios
{
    public static readonly IReadOnlyList<Scenario> All =
    [
        new("AttendingWithTwoUnreportedRuns", AttendingWithTwoUnreportedRuns),
        new("AttendingFifteenHours", AttendingFifteenHours),
        new("AttendingUnauthorisedDayFourDaysAgo", AttendingUnauthorisedDayFourDaysAgo),
        new("AttendingAuthorisedLeave", AttendingAuthorisedLeave),
        new("AttendingVervangendeLeerplicht", AttendingVervangendeLeerplicht),
    ];

    /// <summary>
    /// Three bursts of 3 x 6 hours, long ago. Crossings T1 &lt; T2 &lt; T3; a closed 16U report covers only
    /// T2's window, so T1 and T3 are two separate unreported runs: two conflicts.
    /// </summary>
    private static void AttendingWithTwoUnreportedRuns(ScenarioContext c)
    {
        var (p, school) = Enrolled(c);
        var third = SchoolDays.Ending(c.Day(-40), 3);
        var second = SchoolDays.Ending(third[2].AddDays(-35), 3);
        var first = SchoolDays.Ending(second[2].AddDays(-12), 3);
        foreach (var burst in new[] { first, second, third })
        {
            c.B.Absence(p, school, burst, 60, AbsenceDay.Unauthorised);
        }

        c.B.Report(p, school, "16U", second[0], second[2], 'A');
        c.B.Expect(p, PupilStatus.Attending);
        c.B.Conflict(ConflictCode.AbsenceNotReported, p, school, first[2]);
        c.B.Conflict(ConflictCode.AbsenceNotReported, p, school, third[2]);
    }

    /// <summary>3 x 5 hours, the last 5 days ago: 15 hours never reach 16, and the episode is over.</summary>
    private static void AttendingFifteenHours(ScenarioContext c)
    {
        var (p, school) = Enrolled(c);
        c.B.Absence(p, school, SchoolDays.Ending(c.Day(-5), 3), 50, c.Vary(AbsenceDay.Unauthorised, AbsenceDay.Luxury));
        c.B.Expect(p, PupilStatus.Attending);
    }

    /// <summary>One unauthorised day 4 or more days ago: the episode is no longer ongoing (D - last > 3).</summary>
    private static void AttendingUnauthorisedDayFourDaysAgo(ScenarioContext c)
    {
        var (p, school) = Enrolled(c);
        c.B.Absence(p, school, SchoolDays.Ending(c.Day(-4), 1), 40, AbsenceDay.Unauthorised);
        c.B.Expect(p, PupilStatus.Attending);
    }

    /// <summary>Weeks of ZIEK or VERLOF_11G up to D: authorised, so neither an episode nor hours.</summary>
    private static void AttendingAuthorisedLeave(ScenarioContext c)
    {
        var (p, school) = Enrolled(c);
        var days = SchoolDays.Between(SchoolDays.OnOrAfter(c.Day(-40)), c.AsOf);
        c.B.Absence(p, school, days, 60, c.Vary("ZIEK", "VERLOF_11G", "SCHORSING"));
        c.B.Expect(p, PupilStatus.Attending);
    }

    /// <summary>Article 3A (vervangende leerplicht) counts as enrolled, not exempt: ATTENDING without a school.</summary>
    private static void AttendingVervangendeLeerplicht(ScenarioContext c)
    {
        var p = c.Pupil(6, 14);
        c.B.Exemption(p, "3A", c.Day(-200), c.Day(100));
        c.B.Expect(p, PupilStatus.Attending);
    }

    private static (Person Pupil, SchoolInfo School) Enrolled(ScenarioContext c)
    {
        var p = c.Pupil(6, 15);
        var school = c.School(p, exporting: true);
        c.B.Enrol(p, school, c.UsualBegin(p));
        return (p, school);
    }
}

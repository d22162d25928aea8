using Thuiszitters.Generator.Model;
using Thuiszitters.Generator.People;
using Thuiszitters.Generator.Rules;

namespace Thuiszitters.Generator.Scenarios;

/// <summary>AT_RISK: a short ongoing episode, 16 hours in D-27..D, or a 16U report covering D.</summary>
internal static class AtRiskScenarios
{
    public static readonly IReadOnlyList<Scenario> All =
    [
        new("AtRiskShortEpisode", AtRiskShortEpisode),
        new("AtRiskSixteenHoursReported", AtRiskSixteenHoursReported),
        new("AtRiskSixteenHoursUnreported", AtRiskSixteenHoursUnreported),
        new("AtRiskBySixteenHourReport", AtRiskBySixteenHourReport),
        new("AtRiskRegistrationOfExactly28Days", AtRiskRegistrationOfExactly28Days),
        new("AtRiskCrossingNotYetOverdue", AtRiskCrossingNotYetOverdue),
    ];

    /// <summary>Like example 2's third pupil: LUXE 4 hours on the last 3 weekdays up to D (12 hours, no crossing).</summary>
    private static void AtRiskShortEpisode(ScenarioContext c)
    {
        var (p, school) = Enrolled(c);
        var days = SchoolDays.Ending(c.AsOf, 3);
        c.B.Absence(p, school, days, 40, AbsenceDay.Luxury);
        c.B.Expect(p, PupilStatus.AtRisk, days[0]);
    }

    /// <summary>4 x 5 hours ending about D-17 (not ongoing); a closed 16U report covers the crossing.</summary>
    private static void AtRiskSixteenHoursReported(ScenarioContext c)
    {
        var (p, school) = Enrolled(c);
        var days = SchoolDays.Ending(c.Day(-17), 4);
        c.B.Absence(p, school, days, 50, AbsenceDay.Unauthorised);
        c.B.Report(p, school, "16U", days[0], days[3], 'A');
        c.B.Expect(p, PupilStatus.AtRisk, days[0]);
    }

    /// <summary>The same hours without a report: ABSENCE_NOT_REPORTED at the 4th day (20 hours), more than 7 days ago.</summary>
    private static void AtRiskSixteenHoursUnreported(ScenarioContext c)
    {
        var (p, school) = Enrolled(c);
        var days = SchoolDays.Ending(c.Day(-17), 4);
        c.B.Absence(p, school, days, 50, AbsenceDay.Unauthorised);
        c.B.Expect(p, PupilStatus.AtRisk, days[0]);
        c.B.Conflict(ConflictCode.AbsenceNotReported, p, school, days[3]);
    }

    /// <summary>No absence rows; a 16U report (G or B) open since D-10.</summary>
    private static void AtRiskBySixteenHourReport(ScenarioContext c)
    {
        var (p, school) = Enrolled(c);
        c.B.Report(p, school, "16U", c.Day(-10), null, c.Vary('G', 'B'));
        c.B.Expect(p, PupilStatus.AtRisk, c.Day(-10));
    }

    /// <summary>An open registration from D-28: D - start = 28 is not "more than 28", so AT_RISK, not LONG_TERM.</summary>
    private static void AtRiskRegistrationOfExactly28Days(ScenarioContext c)
    {
        var (p, school) = Enrolled(c);
        c.B.Register(p, school, c.Day(-28), null, true, c.Rng.Pick(NameCatalog.Regiehouders), c.Day(-20));
        c.B.Expect(p, PupilStatus.AtRisk, c.Day(-28));
    }

    /// <summary>3 x 6 hours ending on D-7: the crossing T = D-7 is not raised before D > T+7.</summary>
    private static void AtRiskCrossingNotYetOverdue(ScenarioContext c)
    {
        var (p, school) = Enrolled(c);
        var days = SchoolDays.Ending(c.Day(-7), 3);
        c.B.Absence(p, school, days, 60, AbsenceDay.Unauthorised);
        c.B.Expect(p, PupilStatus.AtRisk, days[0]);
    }

    private static (Person Pupil, SchoolInfo School) Enrolled(ScenarioContext c)
    {
        var p = c.Pupil(6, 15);
        var school = c.School(p, exporting: true);
        c.B.Enrol(p, school, c.UsualBegin(p));
        return (p, school);
    }
}

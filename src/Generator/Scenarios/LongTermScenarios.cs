using Thuiszitters.Generator.Rules;

namespace Thuiszitters.Generator.Scenarios;

/// <summary>Langdurig relatief verzuim: an ongoing episode that started more than 28 days ago (with NO_PLAN, OVERDUE, ABSENCE_NOT_REPORTED).</summary>
internal static class LongTermScenarios
{
    private const int SixHours = 60;

    public static readonly IReadOnlyList<Scenario> All =
    [
        new("LongTermReportedWithPlan", LongTermReportedWithPlan),
        new("LongTermUnreportedWithoutPlan", LongTermUnreportedWithoutPlan),
        new("LongTermOverdue", LongTermOverdue),
        new("LongTermByRegistrationOnly", LongTermByRegistrationOnly),
        new("LongTermPlanIncomplete", LongTermPlanIncomplete),
        new("LongTermByLrvReportOnly", LongTermByLrvReportOnly),
        new("LongTermDoubleEnrolledWithoutPlan", LongTermDoubleEnrolledWithoutPlan),
    ];

    /// <summary>
    /// Absent every weekday since S; an open LRV report from S covers every 16-hour crossing; a plan
    /// with a regiehouder, registered 10 days ago. Nothing to flag.
    /// </summary>
    private static void LongTermReportedWithPlan(ScenarioContext c)
    {
        var (p, school) = Enrolled(c);
        var start = SchoolDays.OnOrAfter(c.Day(c.Vary(-45, -105)));
        c.B.Absence(p, school, SchoolDays.Between(start, c.AsOf), SixHours, Model.AbsenceDay.Unauthorised);
        c.B.Report(p, school, "LRV", start, null, 'B');
        c.B.Register(p, school, start.AddDays(7), null, true, c.Rng.Pick(People.NameCatalog.Regiehouders), c.Day(-10));
        c.B.Expect(p, PupilStatus.LongTermAbsence, start);
    }

    /// <summary>Like example 2's first pupil: absent since S, never reported, no plan. One unreported run from the first crossing (3rd day).</summary>
    private static void LongTermUnreportedWithoutPlan(ScenarioContext c)
    {
        var (p, school) = Enrolled(c);
        var start = SchoolDays.OnOrAfter(c.Day(c.Vary(-72, -100)));
        var days = SchoolDays.Between(start, c.AsOf).ToList();
        c.B.Absence(p, school, days, SixHours, Model.AbsenceDay.Unauthorised);
        c.B.Expect(p, PupilStatus.LongTermAbsence, start);
        c.B.Conflict(ConflictCode.AbsenceNotReported, p, school, days[2]);
        c.B.Conflict(ConflictCode.NoPlan, p, school);
    }

    /// <summary>Reported and planned, but the registration was made more than 28 days ago and the pupil is still out.</summary>
    private static void LongTermOverdue(ScenarioContext c)
    {
        var (p, school) = Enrolled(c);
        var start = SchoolDays.OnOrAfter(c.Day(c.Vary(-45, -120)));
        var reported = start.AddDays(7);
        c.B.Absence(p, school, SchoolDays.Between(start, c.AsOf), SixHours, Model.AbsenceDay.Unauthorised);
        c.B.Report(p, school, "LRV", start, null, 'B');
        c.B.Register(p, school, start, null, true, c.Rng.Pick(People.NameCatalog.Regiehouders), reported, "SCHOOLANGST");
        c.B.Expect(p, PupilStatus.LongTermAbsence, start);
        c.B.Conflict(ConflictCode.Overdue, p, school, reported);
    }

    /// <summary>Only the school's open registration makes the episode (no absence rows); the starts probe the band edges 29/91/92.</summary>
    private static void LongTermByRegistrationOnly(ScenarioContext c)
    {
        var (p, school) = Enrolled(c);
        var start = c.Day(c.Vary(-29, -40, -91, -92));
        c.B.Register(p, school, start, null, true, c.Rng.Pick(People.NameCatalog.Regiehouders), c.Day(-5 - (c.Occurrence % 10)), "GEDRAG", true);
        c.B.Expect(p, PupilStatus.LongTermAbsence, start);
    }

    /// <summary>A registration with Plan = N, or Plan = J without a regiehouder: NO_PLAN.</summary>
    private static void LongTermPlanIncomplete(ScenarioContext c)
    {
        var (p, school) = Enrolled(c);
        var planned = c.Occurrence % 2 == 1;
        c.B.Register(p, school, c.Day(-35), null, planned, planned ? "" : "Jeugdteam Noord", c.Day(-20), "ONDERWIJSAANBOD");
        c.B.Expect(p, PupilStatus.LongTermAbsence, c.Day(-35));
        c.B.Conflict(ConflictCode.NoPlan, p, school);
    }

    /// <summary>An LRV report with status G covering D is an ongoing episode from its begin; no registration, so NO_PLAN.</summary>
    private static void LongTermByLrvReportOnly(ScenarioContext c)
    {
        var (p, school) = Enrolled(c);
        c.B.Report(p, school, "LRV", c.Day(-100), null, 'G');
        c.B.Expect(p, PupilStatus.LongTermAbsence, c.Day(-100));
        c.B.Conflict(ConflictCode.NoPlan, p, school);
    }

    /// <summary>Enrolled at two schools; the later one registers without a plan. NO_PLAN names the lowest school code.</summary>
    private static void LongTermDoubleEnrolledWithoutPlan(ScenarioContext c)
    {
        var p = c.Pupil(6, 15);
        var first = c.School(p);
        var second = c.School(p, exporting: true, except: first);
        c.B.Enrol(p, first, c.UsualBegin(p));
        c.B.Enrol(p, second, c.Day(-50));
        c.B.Register(p, second, c.Day(-40), null, false, "Intern begeleider", c.Day(-20), "GEZIN");
        c.B.Expect(p, PupilStatus.LongTermAbsence, c.Day(-40));
        c.B.Conflict(ConflictCode.DoubleEnrolment, p, second, c.Day(-50));
        c.B.Conflict(ConflictCode.NoPlan, p, string.CompareOrdinal(first.Code, second.Code) < 0 ? first : second);
    }

    private static (Model.Person Pupil, SchoolInfo School) Enrolled(ScenarioContext c)
    {
        var p = c.Pupil(6, 15);
        var school = c.School(p, exporting: true);
        c.B.Enrol(p, school, c.UsualBegin(p));
        return (p, school);
    }
}

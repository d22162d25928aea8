using Thuiszitters.Generator.Rules;

namespace Thuiszitters.Generator.Scenarios;

/// <summary>The edges of leerplicht and kwalificatieplicht, and children the BRP knows but no school does.</summary>
internal static class DutyScenarios
{
    public static readonly IReadOnlyList<Scenario> All =
    [
        new("NoDutyBeforeLeerplicht", NoDutyBeforeLeerplicht),
        new("AbsoluteFromLeerplichtStart", AbsoluteFromLeerplichtStart),
        new("AbsoluteAfterMovingIn", AbsoluteAfterMovingIn),
        new("NoDutyOnEighteenthBirthday", NoDutyOnEighteenthBirthday),
        new("AttendingDayBeforeEighteenthBirthday", AttendingDayBeforeEighteenthBirthday),
        new("NoDutyAfterStartkwalificatie", NoDutyAfterStartkwalificatie),
    ];

    /// <summary>5th birthday on the 1st of this month: leerplicht starts on the 1st of next month. Known only to the BRP.</summary>
    private static void NoDutyBeforeLeerplicht(ScenarioContext c)
    {
        var p = c.PupilBornOn(new DateOnly(c.AsOf.Year - 5, c.AsOf.Month, 1));
        c.RequireDuty(p, c.AsOf, false);
        c.B.Expect(p, PupilStatus.NoDuty);
    }

    /// <summary>5th birthday on the last day of last month: leerplicht since the 1st of this month, never enrolled. Absolute since then.</summary>
    private static void AbsoluteFromLeerplichtStart(ScenarioContext c)
    {
        var lastOfPrevious = new DateOnly(c.AsOf.Year, c.AsOf.Month, 1).AddDays(-1);
        var year = lastOfPrevious.Year - 5;
        var p = c.PupilBornOn(new DateOnly(year, lastOfPrevious.Month, Math.Min(lastOfPrevious.Day, DateTime.DaysInMonth(year, lastOfPrevious.Month))));
        var start = DutyRules.LeerplichtStart(p.BirthDate);
        c.RequireDuty(p, start, true);
        c.RequireDuty(p, start.AddDays(-1), false);
        c.B.Expect(p, PupilStatus.AbsoluteAbsence, start);
    }

    /// <summary>Settled in the gemeente 120 days ago (BRP Datum vestiging), enrolled nowhere: absolute since then, GT_3M.</summary>
    private static void AbsoluteAfterMovingIn(ScenarioContext c)
    {
        var p = c.Pupil(7, 13);
        var settled = c.Day(c.Vary(-120, -60));
        c.B.SettledOn(p, settled);
        c.B.Expect(p, PupilStatus.AbsoluteAbsence, settled);
    }

    /// <summary>Kwalificatieplicht ends the day before the 18th birthday: on the birthday itself there is no duty.</summary>
    private static void NoDutyOnEighteenthBirthday(ScenarioContext c)
    {
        var p = c.PupilBornOn(c.AsOf.AddYears(-18));
        c.RequireDuty(p, c.AsOf, false);
        c.RequireDuty(p, c.Day(-1), true);
        c.B.Enrol(p, c.School(p), c.UsualBegin(p));
        c.B.Expect(p, PupilStatus.NoDuty);
    }

    private static void AttendingDayBeforeEighteenthBirthday(ScenarioContext c)
    {
        var p = c.PupilBornOn(c.Day(1).AddYears(-18));
        c.RequireDuty(p, c.AsOf, true);
        c.B.Enrol(p, c.School(p), c.UsualBegin(p));
        c.B.Expect(p, PupilStatus.Attending);
    }

    /// <summary>A 17-year-old leaves school with a startkwalificatie on D-30: no duty from then on, so leaving raises nothing.</summary>
    private static void NoDutyAfterStartkwalificatie(ScenarioContext c)
    {
        var diploma = c.Day(-30);
        var p = c.B.Add(c.Draft(c.BirthForAge(17, 17)) with { Startkwalificatie = diploma });
        if (DutyRules.LeerplichtEnd(p.BirthDate) >= diploma)
        {
            throw new InvalidOperationException("Startkwalificatie scenario with leerplicht still running.");
        }

        c.RequireDuty(p, diploma.AddDays(1), false);
        c.B.Enrol(p, c.School(p, exporting: true), c.UsualBegin(p), diploma, reason: "DIPLOMA");
        c.B.Expect(p, PupilStatus.NoDuty);
    }
}

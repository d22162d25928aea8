using Thuiszitters.Generator.Model;
using Thuiszitters.Generator.Rules;

namespace Thuiszitters.Generator.Scenarios;

/// <summary>A school's administration and ROD disagree (DOMAIN.md: NOT_IN_ROD, STALE_IN_ROD, ROD_DATE_MISMATCH).</summary>
internal static class RodScenarios
{
    public static readonly IReadOnlyList<Scenario> All =
    [
        new("NotInRod", NotInRod),
        new("NotInRodWithinSevenDays", NotInRodWithinSevenDays),
        new("StaleInRodAfterLeaving", StaleInRodAfterLeaving),
        new("StaleInRodNotInExport", StaleInRodNotInExport),
        new("RodDateMismatchOnBegin", RodDateMismatchOnBegin),
        new("RodDateMismatchOnEnd", RodDateMismatchOnEnd),
    ];

    /// <summary>New at an exporting school more than 7 days ago; DUO never heard of the pupil.</summary>
    private static void NotInRod(ScenarioContext c)
    {
        var p = c.Pupil(6, 14);
        var school = c.School(p, exporting: true);
        var begin = c.Day(c.Vary(-30, -8, -61));
        c.B.Admin(p, school, begin, null);
        c.B.SettledOn(p, begin.AddDays(-10));
        c.B.Expect(p, PupilStatus.Attending);
        c.B.Conflict(ConflictCode.NotInRod, p, school, begin);
    }

    /// <summary>Begun exactly 7 days ago: not yet "more than 7 days", so no conflict.</summary>
    private static void NotInRodWithinSevenDays(ScenarioContext c)
    {
        var p = c.Pupil(6, 14);
        var school = c.School(p, exporting: true);
        c.B.Admin(p, school, c.Day(-7), null);
        c.B.SettledOn(p, c.Day(-20));
        c.B.Expect(p, PupilStatus.Attending);
    }

    /// <summary>An 18/19-year-old (no duty) left school 20 days ago; ROD still has the enrolment open.</summary>
    private static void StaleInRodAfterLeaving(ScenarioContext c)
    {
        var p = Adult(c);
        var school = c.School(p, exporting: true);
        var begin = c.UsualBegin(p);
        c.B.Admin(p, school, begin, c.Day(-20), reason: "SCHOOLVERLATER");
        c.B.RodRecord(new RodEnrolment(p, school, 1, begin, null, 1, 'T'));
        c.B.Expect(p, PupilStatus.NoDuty);
        c.B.Conflict(ConflictCode.StaleInRod, p, school, begin);
    }

    /// <summary>ROD has an open enrolment at an exporting school whose export does not list the pupil at all.</summary>
    private static void StaleInRodNotInExport(ScenarioContext c)
    {
        var p = Adult(c);
        var school = c.School(p, exporting: true);
        var begin = c.UsualBegin(p);
        c.B.Rod(p, school, begin, null);
        c.B.Expect(p, PupilStatus.NoDuty);
        c.B.Conflict(ConflictCode.StaleInRod, p, school, begin);
    }

    /// <summary>ROD's begin date is two weeks after the school's. Anchor: the school's begin.</summary>
    private static void RodDateMismatchOnBegin(ScenarioContext c)
    {
        var p = c.Pupil(6, 14);
        var school = c.School(p, exporting: true);
        var begin = c.UsualBegin(p);
        c.B.Admin(p, school, begin, null);
        c.B.Rod(p, school, begin.AddDays(c.Vary(14, 1)), null);
        c.B.Expect(p, PupilStatus.Attending);
        c.B.Conflict(ConflictCode.RodDateMismatch, p, school, begin);
    }

    /// <summary>Both ended, on different days (an adult school leaver, so no duty conflict follows).</summary>
    private static void RodDateMismatchOnEnd(ScenarioContext c)
    {
        var p = Adult(c);
        var school = c.School(p, exporting: true);
        var begin = c.UsualBegin(p);
        c.B.Admin(p, school, begin, c.Day(-30), reason: "DIPLOMA");
        c.B.Rod(p, school, begin, c.Day(-25));
        c.B.Expect(p, PupilStatus.NoDuty);
        c.B.Conflict(ConflictCode.RodDateMismatch, p, school, begin);
    }

    /// <summary>Turned 18 more than a month ago: no duty since before any date these scenarios end an enrolment.</summary>
    private static Person Adult(ScenarioContext c)
    {
        var p = c.PupilBornOn(c.BirthForAge(18, 18).AddDays(-31));
        c.RequireDuty(p, c.Day(-29), false);
        return p;
    }
}

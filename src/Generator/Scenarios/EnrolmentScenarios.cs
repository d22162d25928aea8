using Thuiszitters.Generator.Model;
using Thuiszitters.Generator.Rules;

namespace Thuiszitters.Generator.Scenarios;

/// <summary>Enrolments that end, move, leave a gap or overlap (DOMAIN.md: UNENROLLED_WITHOUT_NEW_SCHOOL, ENROLMENT_GAP, DOUBLE_ENROLMENT).</summary>
internal static class EnrolmentScenarios
{
    public static readonly IReadOnlyList<Scenario> All =
    [
        new("UnenrolledWithoutNewSchool", UnenrolledWithoutNewSchool),
        new("UnenrolledAtRodOnlySchoolViaPartialDelivery", UnenrolledAtRodOnlySchool),
        new("UnenrolledWithinReportingWindow", UnenrolledWithinReportingWindow),
        new("EnrolmentGapOverWeekend", EnrolmentGapOverWeekend),
        new("EnrolmentGapOfWeeks", EnrolmentGapOfWeeks),
        new("DoubleEnrolmentBothOpen", DoubleEnrolmentBothOpen),
        new("DoubleEnrolmentOverlappingMove", DoubleEnrolmentOverlappingMove),
        new("SeamlessMoveAfterCompleteDelivery", SeamlessMoveAfterCompleteDelivery),
    ];

    /// <summary>Left an exporting school on E, enrolled nowhere since; D > E + 7. Absolute absence since E + 1.</summary>
    private static void UnenrolledWithoutNewSchool(ScenarioContext c)
    {
        var p = c.Pupil(6, 14);
        var school = c.School(p, exporting: true);
        var end = c.Day(c.Vary(-8, -29, -30, -100));
        c.RequireDuty(p, end.AddDays(1), true);
        c.B.Enrol(p, school, c.UsualBegin(p), end, reason: "VERHUIZING");
        c.B.Expect(p, PupilStatus.AbsoluteAbsence, end.AddDays(1));
        c.B.Conflict(ConflictCode.UnenrolledWithoutNewSchool, p, school, end);
    }

    /// <summary>Like example 1: a school without exports; ROD's complete delivery has the enrolment open, the partial one ends it (U).</summary>
    private static void UnenrolledAtRodOnlySchool(ScenarioContext c)
    {
        var p = c.Pupil(6, 14);
        var school = c.School(p, exporting: false);
        var end = c.Day(-12);
        c.RequireDuty(p, end.AddDays(1), true);
        c.B.Enrol(p, school, c.UsualBegin(p), end);
        c.B.Expect(p, PupilStatus.AbsoluteAbsence, end.AddDays(1));
        c.B.Conflict(ConflictCode.UnenrolledWithoutNewSchool, p, school, end);
    }

    /// <summary>Left on E = D - 7: absolute absence already, but the legal reporting window (D > E + 7) is still open.</summary>
    private static void UnenrolledWithinReportingWindow(ScenarioContext c)
    {
        var p = c.Pupil(6, 14);
        var school = c.School(p, exporting: true);
        var end = c.Day(-7);
        c.B.Enrol(p, school, c.UsualBegin(p), end, reason: "VERHUIZING");
        c.B.Expect(p, PupilStatus.AbsoluteAbsence, end.AddDays(1));
    }

    /// <summary>Old school's last day is a Friday, the new one starts on Monday: a weekend is a gap too.</summary>
    private static void EnrolmentGapOverWeekend(ScenarioContext c)
    {
        var p = c.Pupil(6, 14);
        var from = c.School(p);
        var to = c.School(p, except: from);
        var end = SchoolDays.OnOrBefore(c.Day(-30));
        while (end.DayOfWeek != DayOfWeek.Friday)
        {
            end = end.AddDays(-1);
        }

        Gap(c, p, from, to, end, end.AddDays(3));
    }

    private static void EnrolmentGapOfWeeks(ScenarioContext c)
    {
        var p = c.Pupil(6, 14);
        var from = c.School(p);
        Gap(c, p, from, c.School(p, except: from), c.Day(-60), c.Day(c.Vary(-30, -45)));
    }

    private static void Gap(ScenarioContext c, Person p, SchoolInfo from, SchoolInfo to, DateOnly end, DateOnly begin)
    {
        c.RequireDuty(p, end.AddDays(1), true);
        c.B.Enrol(p, from, c.UsualBegin(p), end, destination: to.Code);
        c.B.Enrol(p, to, begin);
        c.B.Expect(p, PupilStatus.Attending);
        c.B.Conflict(ConflictCode.EnrolmentGap, p, from, end);
    }

    /// <summary>Enrolled at a second school while the first enrolment stays open. Anchor: the later school, its begin.</summary>
    private static void DoubleEnrolmentBothOpen(ScenarioContext c)
    {
        var p = c.Pupil(6, 14);
        var first = c.School(p);
        var second = c.School(p, except: first);
        var begin = c.Day(c.Vary(-20, -35));
        c.B.Enrol(p, first, c.UsualBegin(p));
        c.B.Enrol(p, second, begin);
        c.B.Expect(p, PupilStatus.Attending);
        c.B.Conflict(ConflictCode.DoubleEnrolment, p, second, begin);
    }

    /// <summary>A move where the new school starts 3 days before the old one ends: 4 common days.</summary>
    private static void DoubleEnrolmentOverlappingMove(ScenarioContext c)
    {
        var p = c.Pupil(6, 14);
        var first = c.School(p);
        var second = c.School(p, except: first);
        c.B.Enrol(p, first, c.UsualBegin(p), c.Day(-30), destination: second.Code);
        c.B.Enrol(p, second, c.Day(-33));
        c.B.Expect(p, PupilStatus.Attending);
        c.B.Conflict(ConflictCode.DoubleEnrolment, p, second, c.Day(-33));
    }

    /// <summary>A seamless move after the complete delivery: ROD learns of it in the partial one (U + T). No conflict.</summary>
    private static void SeamlessMoveAfterCompleteDelivery(ScenarioContext c)
    {
        var p = c.Pupil(6, 14);
        var first = c.School(p);
        var second = c.School(p, except: first);
        var end = c.Day(c.Vary(-5, -10));
        c.B.Enrol(p, first, c.UsualBegin(p), end, destination: second.Code);
        c.B.Enrol(p, second, end.AddDays(1));
        c.B.Expect(p, PupilStatus.Attending);
    }
}

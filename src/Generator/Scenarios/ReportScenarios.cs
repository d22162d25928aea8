using Thuiszitters.Generator.Model;
using Thuiszitters.Generator.People;
using Thuiszitters.Generator.Rules;

namespace Thuiszitters.Generator.Scenarios;

/// <summary>A school reports absence or a thuiszitter on days its own administration does not enrol the pupil (REPORT_WITHOUT_ENROLMENT).</summary>
internal static class ReportScenarios
{
    public static readonly IReadOnlyList<Scenario> All =
    [
        new("UnauthorisedAbsenceBeforeEnrolment", UnauthorisedAbsenceBeforeEnrolment),
        new("RegistrationAfterLeaving", RegistrationAfterLeaving),
    ];

    /// <summary>New at the school since about D-60; one unauthorised day a few days before the begin date.</summary>
    private static void UnauthorisedAbsenceBeforeEnrolment(ScenarioContext c)
    {
        var p = c.Pupil(6, 14);
        var school = c.School(p, exporting: true);
        var begin = SchoolDays.OnOrAfter(c.Day(-60));
        var day = SchoolDays.OnOrBefore(begin.AddDays(-3));
        c.B.Enrol(p, school, begin);
        c.B.SettledOn(p, begin.AddDays(-20));
        c.B.Absence(p, school, [day], 40, AbsenceDay.Unauthorised);
        c.B.Expect(p, PupilStatus.Attending);
        c.B.Conflict(ConflictCode.ReportWithoutEnrolment, p, school, day);
    }

    /// <summary>Moved seamlessly to another school on D-59; the old school later registers a (closed) thuiszitter period.</summary>
    private static void RegistrationAfterLeaving(ScenarioContext c)
    {
        var p = c.Pupil(6, 14);
        var school = c.School(p, exporting: true);
        var next = c.School(p, except: school);
        var end = c.Day(-60);
        c.B.Enrol(p, school, c.UsualBegin(p), end, destination: next.Code);
        c.B.Enrol(p, next, end.AddDays(1));
        c.B.Register(p, school, c.Day(-50), c.Day(-45), true, c.Rng.Pick(NameCatalog.Regiehouders), c.Day(-49));
        c.B.Expect(p, PupilStatus.Attending);
        c.B.Conflict(ConflictCode.ReportWithoutEnrolment, p, school, c.Day(-50));
    }
}

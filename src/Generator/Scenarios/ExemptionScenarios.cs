using Thuiszitters.Generator.People;
using Thuiszitters.Generator.Rules;

namespace Thuiszitters.Generator.Scenarios;

/// <summary>Vrijstellingen: EXEMPT, what happens when one ends, and reports that overlap one (REPORT_DURING_EXEMPTION).</summary>
internal static class ExemptionScenarios
{
    public static readonly IReadOnlyList<Scenario> All =
    [
        new("ExemptNotEnrolled", ExemptNotEnrolled),
        new("ExemptFromKwalificatieplicht", ExemptFromKwalificatieplicht),
        new("ExemptFromTheDayAfterLeavingSchool", ExemptFromTheDayAfterLeavingSchool),
        new("AbsoluteAfterExemptionEnded", AbsoluteAfterExemptionEnded),
        new("ReportDuringExemptionByVerzuimmelding", ReportDuringExemptionByVerzuimmelding),
        new("ReportDuringExemptionByRegistration", ReportDuringExemptionByRegistration),
    ];

    /// <summary>Like example 2's fourth pupil: a 5A/5B/5C vrijstelling covering D, never enrolled this year.</summary>
    private static void ExemptNotEnrolled(ScenarioContext c)
    {
        var p = c.Pupil(6, 14);
        var begin = c.Day(-40 - (37 * (c.Occurrence % 7)));
        c.B.Exemption(p, c.Vary("5A", "5B", "5C"), begin, c.Occurrence % 2 == 0 ? null : c.Day(100));
        c.B.Expect(p, PupilStatus.Exempt, begin);
    }

    /// <summary>Article 15 for a pupil past leerplicht (turned 16 last school year) but still under kwalificatieplicht.</summary>
    private static void ExemptFromKwalificatieplicht(ScenarioContext c)
    {
        var sixteenth = c.SchoolYearStart.AddDays(-c.Rng.Between(30, 300));
        var p = c.PupilBornOn(sixteenth.AddYears(-16));
        c.RequireDuty(p, c.AsOf, true);
        if (DutyRules.LeerplichtEnd(p.BirthDate) >= c.SchoolYearStart)
        {
            throw new InvalidOperationException("Kwalificatieplicht scenario with leerplicht still running.");
        }

        c.B.Exemption(p, "15", c.SchoolYearStart, null);
        c.B.Expect(p, PupilStatus.Exempt, c.SchoolYearStart);
    }

    /// <summary>Left school on E, exempt (5A) from E + 1: on E + 1 the pupil is exempt, so no UNENROLLED conflict.</summary>
    private static void ExemptFromTheDayAfterLeavingSchool(ScenarioContext c)
    {
        var p = c.Pupil(6, 14);
        var school = c.School(p, exporting: true);
        var end = c.Day(-40);
        c.B.Enrol(p, school, c.UsualBegin(p), end, reason: "VRIJSTELLING");
        c.B.Exemption(p, "5A", end.AddDays(1), null);
        c.B.Expect(p, PupilStatus.Exempt, end.AddDays(1));
    }

    /// <summary>A 5B vrijstelling ended on D-10 and nothing followed: absolute absence since the day after (no enrolment, so no conflict).</summary>
    private static void AbsoluteAfterExemptionEnded(ScenarioContext c)
    {
        var p = c.Pupil(7, 14);
        c.B.Exemption(p, "5B", c.Day(-200), c.Day(-10));
        c.B.Expect(p, PupilStatus.AbsoluteAbsence, c.Day(-9));
    }

    /// <summary>A 16U report (G) whose period overlaps an ended 5A vrijstelling; the pupil stays enrolled and attends now.</summary>
    private static void ReportDuringExemptionByVerzuimmelding(ScenarioContext c)
    {
        var p = c.Pupil(6, 14);
        var school = c.School(p, exporting: true);
        c.B.Enrol(p, school, c.UsualBegin(p));
        c.B.Exemption(p, "5A", c.Day(-100), c.Day(-40));
        c.B.Report(p, school, "16U", c.Day(-50), c.Day(-45), 'G');
        c.B.Expect(p, PupilStatus.Attending);
        c.B.Conflict(ConflictCode.ReportDuringExemption, p, school, c.Day(-50));
    }

    /// <summary>The school registers a thuiszitter who has had a 5B vrijstelling since before: EXEMPT, and the report is flagged.</summary>
    private static void ReportDuringExemptionByRegistration(ScenarioContext c)
    {
        var p = c.Pupil(6, 14);
        var school = c.School(p, exporting: true);
        c.B.Enrol(p, school, c.UsualBegin(p));
        c.B.Exemption(p, "5B", c.Day(-30), null);
        c.B.Register(p, school, c.Day(-20), null, true, c.Rng.Pick(NameCatalog.Regiehouders), c.Day(-18));
        c.B.Expect(p, PupilStatus.Exempt, c.Day(-30));
        c.B.Conflict(ConflictCode.ReportDuringExemption, p, school, c.Day(-20));
    }
}

using Thuiszitters.Generator.Model;
using Thuiszitters.Generator.Rules;

namespace Thuiszitters.Generator.Scenarios;

/// <summary>ROD's partial delivery corrects its complete one: only the corrected state counts.</summary>
internal static class PartialDeliveryScenarios
{
    public static readonly IReadOnlyList<Scenario> All =
    [
        new("EnrolmentRemovedByPartialDelivery", EnrolmentRemovedByPartialDelivery),
        new("VerzuimmeldingClosedByPartialDelivery", VerzuimmeldingClosedByPartialDelivery),
    ];

    /// <summary>The complete delivery wrongly enrols the pupil at a second school; the partial one removes it (V).</summary>
    private static void EnrolmentRemovedByPartialDelivery(ScenarioContext c)
    {
        var p = c.Pupil(6, 14);
        var school = c.School(p);
        var wrong = c.School(p, except: school);
        c.B.Enrol(p, school, c.UsualBegin(p));
        c.B.RodRecord(new RodEnrolment(p, wrong, 1, c.Day(-40), null, 1, 'T'));
        c.B.RodRecord(new RodEnrolment(p, wrong, 1, c.Day(-40), null, 2, 'V'));
        c.B.Expect(p, PupilStatus.Attending);
    }

    /// <summary>A 16U report open in the complete delivery (it would make the pupil AT_RISK) is closed by the partial one.</summary>
    private static void VerzuimmeldingClosedByPartialDelivery(ScenarioContext c)
    {
        var p = c.Pupil(6, 14);
        var school = c.School(p, exporting: true);
        c.B.Enrol(p, school, c.UsualBegin(p));
        var number = c.B.Report(p, school, "16U", c.Day(-30), null, 'G');
        c.B.Report(p, school, "16U", c.Day(-30), c.Day(-10), c.Vary('A', 'T'), batch: 2, number: number);
        c.B.Expect(p, PupilStatus.Attending);
    }
}

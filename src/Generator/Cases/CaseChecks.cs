using Thuiszitters.Generator.Model;

namespace Thuiszitters.Generator.Cases;

/// <summary>
/// Structural checks on every generated case. A failure is a bug in a builder, never a property of
/// the data, so it stops the generator instead of writing a wrong ground truth.
/// </summary>
internal static class CaseChecks
{
    public static void Verify(RegionCase c, DateOnly asOf)
    {
        foreach (var person in c.Persons)
        {
            var expected = person.Quarantined ? 0 : 1;
            var found = person.Quarantined ? 0 : c.ExpectedPupils.Count(e => e.Pgn == person.Pgn);
            Require(found == expected, c, "every identified person needs exactly one expected status");
        }

        Require(c.ExpectedPupils.Count == c.Persons.Count(p => !p.Quarantined), c, "an expected status without a person");
        Require(c.Persons.Select(p => p.Pgn).Distinct(StringComparer.Ordinal).Count() == c.Persons.Count, c, "two persons share a number");
        Require(c.ExpectedConflicts.Distinct().Count() == c.ExpectedConflicts.Count, c, "a conflict is listed twice");
        Require(c.Absences.Select(a => (a.Pupil.Key, a.School.Code, a.Date)).Distinct().Count() == c.Absences.Count, c, "two absence rows for one day");
        Require(c.Absences.All(a => a.Date <= asOf && a.School.Exports), c, "absence after the as-of date or at a school without exports");
        Require(c.Registrations.All(r => r.Start <= asOf && r.ReportedOn <= asOf && r.School.Exports), c, "a registration after the as-of date");
        Require(c.RodReports.All(r => r.Begin <= asOf), c, "a verzuimmelding after the as-of date");
        Require(c.Enrolments.All(e => e.Begin <= asOf && (e.End is null || e.End >= e.Begin)), c, "an impossible enrolment");
        Require(c.RodEnrolments.All(e => e.Begin <= asOf && (e.End is null || e.End >= e.Begin)), c, "an impossible ROD enrolment");
    }

    private static void Require(bool condition, RegionCase c, string what)
    {
        if (!condition)
        {
            throw new InvalidOperationException($"Generated case '{c.Scenario}' is inconsistent: {what}.");
        }
    }
}

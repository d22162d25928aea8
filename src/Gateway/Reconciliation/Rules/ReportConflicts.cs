namespace Thuiszitters.Gateway.Reconciliation.Rules;

/// <summary>REPORT_DURING_EXEMPTION and REPORT_WITHOUT_ENROLMENT.</summary>
public static class ReportConflicts
{
    public static IEnumerable<ConflictFinding> Find(PupilContext pupil, string? pgn)
    {
        var day = pupil.Day;
        var anchors = new HashSet<(string, DateOnly)>();
        var reports = pupil.Reports.Where(r => r.IsActive).Select(r => (r.School, r.Begin, r.End))
            .Concat(pupil.Registrations.Select(r => (r.School, Begin: r.Start, r.End)));
        foreach (var (school, begin, end) in reports)
        {
            if (pupil.Exemptions.Any(x => x.Overlaps(begin, end)) && anchors.Add((school, begin)))
            {
                yield return new ConflictFinding(
                    ConflictCode.ReportDuringExemption, pgn, school, begin, ActingParty.Leerplicht,
                    begin.AddDays(7), "melding tijdens vrijstelling");
            }
        }

        var firstDays = new SortedDictionary<string, DateOnly>(StringComparer.Ordinal);
        foreach (var absence in pupil.UnauthorisedDays)
        {
            if (!EnrolledAt(pupil, absence.School, absence.Date))
            {
                Keep(firstDays, absence.School, absence.Date);
            }
        }

        foreach (var registration in pupil.Registrations)
        {
            var last = registration.End is { } end && end < day ? end : day;
            for (var d = registration.Start; d <= last; d = d.AddDays(1))
            {
                if (!EnrolledAt(pupil, registration.School, d))
                {
                    Keep(firstDays, registration.School, d);
                    break;
                }
            }
        }

        foreach (var (school, first) in firstDays)
        {
            yield return new ConflictFinding(
                ConflictCode.ReportWithoutEnrolment, pgn, school, first, ActingParty.School,
                first.AddDays(7), "melding zonder inschrijving");
        }
    }

    private static bool EnrolledAt(PupilContext pupil, string school, DateOnly day) =>
        pupil.Effective.Any(e => string.Equals(e.School, school, StringComparison.Ordinal) && e.Covers(day));

    private static void Keep(SortedDictionary<string, DateOnly> firstDays, string school, DateOnly day)
    {
        if (!firstDays.TryGetValue(school, out var known) || day < known)
        {
            firstDays[school] = day;
        }
    }
}

namespace Thuiszitters.Gateway.Reconciliation.Rules;

/// <summary>REPORT_DURING_EXEMPTION and REPORT_WITHOUT_ENROLMENT.</summary>
public static class ReportConflicts
{
    /// <summary>Adds the conflicts found to <paramref name="found"/>.</summary>
    public static void Find(PupilContext pupil, string? pgn, List<ConflictFinding> found)
    {
        var day = pupil.Day;
        HashSet<(string, DateOnly)>? anchors = null;
        for (var i = 0; i < pupil.Reports.Count; i++)
        {
            var r = pupil.Reports[i];
            if (r.IsActive)
            {
                DuringExemption(pupil, pgn, r.School, r.Begin, r.End, ref anchors, found);
            }
        }

        for (var i = 0; i < pupil.Registrations.Count; i++)
        {
            var r = pupil.Registrations[i];
            DuringExemption(pupil, pgn, r.School, r.Start, r.End, ref anchors, found);
        }

        SortedDictionary<string, DateOnly>? firstDays = null;
        for (var i = 0; i < pupil.UnauthorisedDays.Count; i++)
        {
            var absence = pupil.UnauthorisedDays[i];
            if (!EnrolledAt(pupil, absence.School, absence.Date))
            {
                Keep(ref firstDays, absence.School, absence.Date);
            }
        }

        for (var i = 0; i < pupil.Registrations.Count; i++)
        {
            var registration = pupil.Registrations[i];
            var last = registration.End is { } end && end < day ? end : day;
            for (var d = registration.Start; d <= last; d = d.AddDays(1))
            {
                if (!EnrolledAt(pupil, registration.School, d))
                {
                    Keep(ref firstDays, registration.School, d);
                    break;
                }
            }
        }

        if (firstDays is null)
        {
            return;
        }

        foreach (var (school, first) in firstDays)
        {
            found.Add(new ConflictFinding(
                ConflictCode.ReportWithoutEnrolment, pgn, school, first, ActingParty.School,
                first.AddDays(7), "melding zonder inschrijving"));
        }
    }

    private static void DuringExemption(
        PupilContext pupil, string? pgn, string school, DateOnly begin, DateOnly? end, ref HashSet<(string, DateOnly)>? anchors, List<ConflictFinding> found)
    {
        for (var i = 0; i < pupil.Exemptions.Count; i++)
        {
            if (pupil.Exemptions[i].Overlaps(begin, end))
            {
                if ((anchors ??= []).Add((school, begin)))
                {
                    found.Add(new ConflictFinding(
                        ConflictCode.ReportDuringExemption, pgn, school, begin, ActingParty.Leerplicht,
                        begin.AddDays(7), "melding tijdens vrijstelling"));
                }

                return;
            }
        }
    }

    private static bool EnrolledAt(PupilContext pupil, string school, DateOnly day)
    {
        for (var i = 0; i < pupil.Effective.Count; i++)
        {
            var e = pupil.Effective[i];
            if (string.Equals(e.School, school, StringComparison.Ordinal) && e.Covers(day))
            {
                return true;
            }
        }

        return false;
    }

    private static void Keep(ref SortedDictionary<string, DateOnly>? firstDays, string school, DateOnly day)
    {
        firstDays ??= new SortedDictionary<string, DateOnly>(StringComparer.Ordinal);
        if (!firstDays.TryGetValue(school, out var known) || day < known)
        {
            firstDays[school] = day;
        }
    }
}

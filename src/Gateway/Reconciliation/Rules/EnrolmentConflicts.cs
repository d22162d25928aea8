namespace Thuiszitters.Gateway.Reconciliation.Rules;

/// <summary>UNENROLLED_WITHOUT_NEW_SCHOOL, ENROLMENT_GAP and DOUBLE_ENROLMENT, over the effective enrolment timeline.</summary>
public static class EnrolmentConflicts
{
    public const int ReportingWindowDays = 7;

    /// <summary>Adds the conflicts found to <paramref name="found"/>.</summary>
    public static void Find(PupilContext pupil, string? pgn, List<ConflictFinding> found)
    {
        var day = pupil.Day;
        var effective = pupil.Effective;
        for (var i = 0; i < effective.Count; i++)
        {
            var ended = effective[i];
            if (ended.End is not { } end || end >= day)
            {
                continue;
            }

            var next = end.AddDays(1);
            if (day.DayNumber - end.DayNumber <= ReportingWindowDays
                || !pupil.HasDuty(next) || pupil.IsExempt(next) || pupil.IsEnrolled(next))
            {
                continue;
            }

            DateOnly? later = null;
            for (var j = 0; j < effective.Count; j++)
            {
                if (effective[j].Begin > end && (later is null || effective[j].Begin < later))
                {
                    later = effective[j].Begin;
                }
            }

            found.Add(later is null
                ? new ConflictFinding(
                    ConflictCode.UnenrolledWithoutNewSchool, pgn, ended.School, end, ActingParty.LeavingSchoolAndLeerplicht,
                    end.AddDays(ReportingWindowDays), "uitgeschreven zonder nieuwe school")
                : new ConflictFinding(
                    ConflictCode.EnrolmentGap, pgn, ended.School, end, ActingParty.LeavingSchool,
                    end.AddDays(ReportingWindowDays), $"gat tot {later.Value:yyyy-MM-dd}"));
        }

        HashSet<(string, DateOnly)>? seen = null;
        for (var i = 0; i < effective.Count; i++)
        {
            for (var j = i + 1; j < effective.Count; j++)
            {
                var a = effective[i];
                var b = effective[j];
                if (string.Equals(a.School, b.School, StringComparison.Ordinal) || !a.Overlaps(b))
                {
                    continue;
                }

                var later = a.Begin > b.Begin || (a.Begin == b.Begin && string.CompareOrdinal(a.School, b.School) > 0) ? a : b;
                var first = a.Begin > b.Begin ? a.Begin : b.Begin;
                if (first <= day && (seen ??= []).Add((later.School, first)))
                {
                    found.Add(new ConflictFinding(
                        ConflictCode.DoubleEnrolment, pgn, later.School, first, ActingParty.BothSchools,
                        first.AddDays(ReportingWindowDays), "dubbele inschrijving"));
                }
            }
        }
    }
}

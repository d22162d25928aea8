namespace Thuiszitters.Gateway.Reconciliation.Rules;

/// <summary>UNENROLLED_WITHOUT_NEW_SCHOOL, ENROLMENT_GAP and DOUBLE_ENROLMENT, over the effective enrolment timeline.</summary>
public static class EnrolmentConflicts
{
    public const int ReportingWindowDays = 7;

    public static IEnumerable<ConflictFinding> Find(PupilContext pupil, string? pgn)
    {
        var day = pupil.Day;
        foreach (var ended in pupil.Effective.Where(e => e.End is { } end && end < day))
        {
            var end = ended.End!.Value;
            var next = end.AddDays(1);
            if (day.DayNumber - end.DayNumber <= ReportingWindowDays
                || !pupil.HasDuty(next) || pupil.IsExempt(next) || pupil.IsEnrolled(next))
            {
                continue;
            }

            var later = pupil.Effective.Where(e => e.Begin > end).Select(e => (DateOnly?)e.Begin).Min();
            if (later is null)
            {
                yield return new ConflictFinding(
                    ConflictCode.UnenrolledWithoutNewSchool, pgn, ended.School, end, ActingParty.LeavingSchoolAndLeerplicht,
                    end.AddDays(ReportingWindowDays), "uitgeschreven zonder nieuwe school");
            }
            else
            {
                yield return new ConflictFinding(
                    ConflictCode.EnrolmentGap, pgn, ended.School, end, ActingParty.LeavingSchool,
                    end.AddDays(ReportingWindowDays), $"gat tot {later.Value:yyyy-MM-dd}");
            }
        }

        var seen = new HashSet<(string, DateOnly)>();
        for (var i = 0; i < pupil.Effective.Count; i++)
        {
            for (var j = i + 1; j < pupil.Effective.Count; j++)
            {
                var a = pupil.Effective[i];
                var b = pupil.Effective[j];
                if (string.Equals(a.School, b.School, StringComparison.Ordinal) || !a.Overlaps(b))
                {
                    continue;
                }

                var later = a.Begin > b.Begin || (a.Begin == b.Begin && string.CompareOrdinal(a.School, b.School) > 0) ? a : b;
                var first = a.Begin > b.Begin ? a.Begin : b.Begin;
                if (first <= day && seen.Add((later.School, first)))
                {
                    yield return new ConflictFinding(
                        ConflictCode.DoubleEnrolment, pgn, later.School, first, ActingParty.BothSchools,
                        first.AddDays(ReportingWindowDays), "dubbele inschrijving");
                }
            }
        }
    }
}

using Thuiszitters.Gateway.Reconciliation.Facts;

namespace Thuiszitters.Gateway.Reconciliation.Rules;

/// <summary>
/// ABSENCE_NOT_REPORTED. At a school covered by ROD, T is the first day on which the pupil's unauthorised hours there in
/// T-27..T reach 16; after a crossing, counting restarts the day after T. A crossing is reported when ROD holds a 16U or
/// LRV report of that school, not withdrawn, whose period overlaps T-27..T. Each run of consecutive unreported crossings
/// is one conflict, anchored at its first T and raised once D &gt; T + 7.
/// </summary>
public static class AbsenceConflicts
{
    public const int ReportingWindowDays = 7;

    /// <summary>Adds the conflicts found to <paramref name="found"/>: per school, in the order the schools first appear among the days.</summary>
    public static void Find(PupilContext pupil, string? pgn, List<ConflictFinding> found)
    {
        var days = pupil.UnauthorisedDays;
        for (var i = 0; i < days.Count; i++)
        {
            var school = days[i].School;
            if (!pupil.Region.RodSchools.Contains(school) || EarlierAtSameSchool(days, i, school))
            {
                continue;
            }

            DateOnly? runStart = null;
            foreach (var crossing in Crossings(AtSchool(days, i, school)))
            {
                if (IsReported(pupil, school, crossing))
                {
                    if (runStart is { } start)
                    {
                        if (Raise(pupil, start))
                        {
                            found.Add(Finding(pgn, school, start));
                        }

                        runStart = null;
                    }
                }
                else
                {
                    runStart ??= crossing;
                }
            }

            if (runStart is { } open && Raise(pupil, open))
            {
                found.Add(Finding(pgn, school, open));
            }
        }
    }

    /// <summary>The days T on which the hours in T-27..T (counted from the day after the previous crossing) reach 16.</summary>
    public static List<DateOnly> Crossings(IEnumerable<AbsenceFact> unauthorisedDaysAtOneSchool)
    {
        var days = unauthorisedDaysAtOneSchool
            .GroupBy(a => a.Date)
            .Select(g => (Date: g.Key, Hours: g.Sum(a => a.Hours)))
            .OrderBy(d => d.Date)
            .ToList();
        var crossings = new List<DateOnly>();
        var windowFrom = 0;
        var sum = 0m;
        var countFrom = DateOnly.MinValue;
        for (var i = 0; i < days.Count; i++)
        {
            var (date, hours) = days[i];
            sum += hours;
            var earliest = date.AddDays(-(StatusRule.WindowDays - 1));
            if (countFrom > earliest)
            {
                earliest = countFrom;
            }

            while (days[windowFrom].Date < earliest)
            {
                sum -= days[windowFrom].Hours;
                windowFrom++;
            }

            if (sum >= StatusRule.ThresholdHours)
            {
                crossings.Add(date);
                countFrom = date.AddDays(1);
                windowFrom = i + 1;
                sum = 0m;
            }
        }

        return crossings;
    }

    private static bool IsReported(PupilContext pupil, string school, DateOnly crossing)
    {
        var from = crossing.AddDays(-(StatusRule.WindowDays - 1));
        var reports = pupil.Facts.Reports;
        for (var i = 0; i < reports.Count; i++)
        {
            var r = reports[i];
            if (string.Equals(r.School, school, StringComparison.Ordinal)
                && r.Soort is "16U" or "LRV"
                && !r.IsWithdrawn
                && r.Overlaps(from, crossing))
            {
                return true;
            }
        }

        return false;
    }

    private static bool EarlierAtSameSchool(IReadOnlyList<AbsenceFact> days, int index, string school)
    {
        for (var k = 0; k < index; k++)
        {
            if (string.Equals(days[k].School, school, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<AbsenceFact> AtSchool(IReadOnlyList<AbsenceFact> days, int first, string school)
    {
        for (var k = first; k < days.Count; k++)
        {
            if (string.Equals(days[k].School, school, StringComparison.Ordinal))
            {
                yield return days[k];
            }
        }
    }

    private static bool Raise(PupilContext pupil, DateOnly firstCrossing) =>
        pupil.DaysSince(firstCrossing) > ReportingWindowDays;

    private static ConflictFinding Finding(string? pgn, string school, DateOnly first) =>
        new(ConflictCode.AbsenceNotReported, pgn, school, first, ActingParty.School,
            first.AddDays(ReportingWindowDays), "verzuim niet gemeld bij DUO");
}

using Thuiszitters.Gateway.Reconciliation.Facts;

namespace Thuiszitters.Gateway.Reconciliation.Rules;

/// <summary>
/// Absence episodes (DOMAIN.md "Unauthorised absence"): unauthorised days of one pupil at one school form one episode
/// while consecutive days are at most 3 calendar days apart; an episode is ongoing on D when D - last &lt;= 3. An
/// active LRV verzuimmelding covering D and an open school thuiszitter registration count as ongoing episodes from
/// their begin date.
/// </summary>
public static class Episodes
{
    public const int MaxGapDays = 3;

    public static List<AbsenceEpisode> FromDays(IReadOnlyList<AbsenceFact> unauthorisedDays)
    {
        var episodes = new List<AbsenceEpisode>();
        foreach (var bySchool in unauthorisedDays.GroupBy(a => a.School, StringComparer.Ordinal))
        {
            AbsenceEpisode? current = null;
            foreach (var day in bySchool.Select(a => a.Date).Distinct().Order())
            {
                if (current is { } c && day.DayNumber - c.Last.DayNumber <= MaxGapDays)
                {
                    current = c with { Last = day };
                    continue;
                }

                if (current is { } done)
                {
                    episodes.Add(done);
                }

                current = new AbsenceEpisode(bySchool.Key, day, day);
            }

            if (current is { } last)
            {
                episodes.Add(last);
            }
        }

        return episodes;
    }

    /// <summary>
    /// The earliest start of the episodes ongoing on the context's date (absence runs, active LRV reports and open
    /// registrations alike), without building them: it runs for every pupil. Null when none is ongoing. Only a school's last absence run can be ongoing, and only when its last day is at most
    /// <see cref="MaxGapDays"/> before the date; its start is found walking back over that school's days (in date order)
    /// while the gaps stay within <see cref="MaxGapDays"/>.
    /// </summary>
    public static DateOnly? OngoingStart(PupilContext pupil)
    {
        var day = pupil.Day;
        DateOnly? earliest = null;
        var days = pupil.UnauthorisedDays;
        for (var i = days.Count - 1; i >= 0 && day.DayNumber - days[i].Date.DayNumber <= MaxGapDays; i--)
        {
            var school = days[i].School;
            if (LaterAtSameSchool(days, i, school))
            {
                continue;
            }

            var start = days[i].Date;
            for (var j = i - 1; j >= 0; j--)
            {
                if (string.Equals(days[j].School, school, StringComparison.Ordinal))
                {
                    if (start.DayNumber - days[j].Date.DayNumber > MaxGapDays)
                    {
                        break;
                    }

                    start = days[j].Date;
                }
            }

            earliest = Earlier(earliest, start);
        }

        for (var i = 0; i < pupil.Reports.Count; i++)
        {
            var r = pupil.Reports[i];
            if (r.Soort == "LRV" && r.IsActive && r.Covers(day))
            {
                earliest = Earlier(earliest, r.Begin);
            }
        }

        for (var i = 0; i < pupil.Registrations.Count; i++)
        {
            var r = pupil.Registrations[i];
            if (r.IsOpenOn(day))
            {
                earliest = Earlier(earliest, r.Start);
            }
        }

        return earliest;
    }

    private static bool LaterAtSameSchool(IReadOnlyList<AbsenceFact> days, int index, string school)
    {
        for (var k = index + 1; k < days.Count; k++)
        {
            if (string.Equals(days[k].School, school, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static DateOnly Earlier(DateOnly? known, DateOnly candidate) => known is { } k && k <= candidate ? k : candidate;
}

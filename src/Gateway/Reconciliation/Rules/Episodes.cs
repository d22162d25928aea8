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

    /// <summary>The episodes ongoing on the context's date, absence runs and reports and registrations alike.</summary>
    public static List<AbsenceEpisode> Ongoing(PupilContext pupil)
    {
        var day = pupil.Day;
        var ongoing = FromDays(pupil.UnauthorisedDays)
            .Where(e => day.DayNumber - e.Last.DayNumber <= MaxGapDays)
            .ToList();
        ongoing.AddRange(pupil.Reports
            .Where(r => r.Soort == "LRV" && r.IsActive && r.Covers(day))
            .Select(r => new AbsenceEpisode(r.School, r.Begin, day)));
        ongoing.AddRange(pupil.Registrations
            .Where(r => r.IsOpenOn(day))
            .Select(r => new AbsenceEpisode(r.School, r.Start, day)));
        return ongoing;
    }
}

using Thuiszitters.Generator.Model;

namespace Thuiszitters.Gateway.Tests.Generator;

/// <summary>The status rules of DOMAIN.md for the reference reconciler (first match wins).</summary>
internal static class ReferenceStatus
{
    public static ExpectedPupil Of(ReferenceFacts f, DateOnly asOf)
    {
        var duty = new ReferenceDuty(f.Birth, f.Startkwalificatie);
        if (!duty.On(asOf))
        {
            return new ExpectedPupil(f.Pgn, "NO_DUTY", null, null);
        }

        if (f.RealExemptions.FirstOrDefault(x => ReferenceFacts.Covers(x.Begin, x.End, asOf)) is { } exemption)
        {
            return new ExpectedPupil(f.Pgn, "EXEMPT", exemption.Begin, null);
        }

        if (!f.Enrolled(asOf))
        {
            var since = new[] { duty.LeerplichtStart, f.Settled ?? DateOnly.MinValue }
                .Concat(f.Effective.Where(e => e.End < asOf).Select(e => e.End!.Value.AddDays(1)))
                .Concat(f.RealExemptions.Where(x => x.End < asOf).Select(x => x.End!.Value.AddDays(1)))
                .Max();
            return WithBand(f.Pgn, "ABSOLUTE_ABSENCE", since, asOf);
        }

        var ongoing = OngoingStarts(f, asOf).ToList();
        if (ongoing.Count > 0 && asOf.DayNumber - ongoing.Min().DayNumber > 28)
        {
            return WithBand(f.Pgn, "LONG_TERM_ABSENCE", ongoing.Min(), asOf);
        }

        var window = f.Absences.Where(a => IsUnauthorised(a) && a.Date >= asOf.AddDays(-27) && a.Date <= asOf).ToList();
        var report = f.Reports.Values.Where(r => r.Kind == "16U" && r.Status is 'G' or 'B' && ReferenceFacts.Covers(r.Begin, r.End, asOf)).ToList();
        if (ongoing.Count > 0)
        {
            return new ExpectedPupil(f.Pgn, "AT_RISK", ongoing.Min(), null);
        }

        if (window.Sum(a => a.Tenths) >= 160)
        {
            return new ExpectedPupil(f.Pgn, "AT_RISK", window.Min(a => a.Date), null);
        }

        return report.Count > 0
            ? new ExpectedPupil(f.Pgn, "AT_RISK", report.Min(r => r.Begin), null)
            : new ExpectedPupil(f.Pgn, "ATTENDING", null, null);
    }

    /// <summary>Starts of the ongoing episodes: absence runs (gaps of at most 3 days) whose last day is within 3 days, open LRV reports, open registrations.</summary>
    private static IEnumerable<DateOnly> OngoingStarts(ReferenceFacts f, DateOnly asOf)
    {
        foreach (var school in f.Absences.Where(IsUnauthorised).GroupBy(a => a.School.Code))
        {
            var days = school.Select(a => a.Date).Where(d => d <= asOf).Distinct().Order().ToList();
            if (days.Count == 0 || asOf.DayNumber - days[^1].DayNumber > 3)
            {
                continue;
            }

            var start = days.Count - 1;
            while (start > 0 && days[start].DayNumber - days[start - 1].DayNumber <= 3)
            {
                start--;
            }

            yield return days[start];
        }

        foreach (var r in f.Reports.Values.Where(r => r.Kind == "LRV" && r.Status is 'G' or 'B' && ReferenceFacts.Covers(r.Begin, r.End, asOf)))
        {
            yield return r.Begin;
        }

        foreach (var r in f.Registrations.Where(r => ReferenceFacts.Covers(r.Start, r.End, asOf)))
        {
            yield return r.Start;
        }
    }

    public static bool IsUnauthorised(AbsenceDay a) => a.Code is "ONGEOORLOOFD" or "LUXE";

    private static ExpectedPupil WithBand(string pgn, string status, DateOnly since, DateOnly asOf)
    {
        var days = asOf.DayNumber - since.DayNumber;
        return new ExpectedPupil(pgn, status, since, days <= 28 ? "LT_4W" : days <= 91 ? "4W_3M" : "GT_3M");
    }
}

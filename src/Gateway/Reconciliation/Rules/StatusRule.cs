using Thuiszitters.Gateway.Reconciliation.Facts;

namespace Thuiszitters.Gateway.Reconciliation.Rules;

/// <summary>The status table of DOMAIN.md: exactly one status, the first that matches, with its since date and band.</summary>
public static class StatusRule
{
    public const int LongTermAfterDays = 28;
    public const int ThresholdHours = 16;
    public const int WindowDays = 28;

    public static (PupilStatus Status, DateOnly? Since, DurationBand? Band) Evaluate(PupilContext pupil)
    {
        var day = pupil.Day;
        if (!pupil.HasDuty(day))
        {
            return (PupilStatus.NoDuty, null, null);
        }

        ExemptionFact? exemption = null;
        for (var i = 0; i < pupil.Exemptions.Count; i++)
        {
            var x = pupil.Exemptions[i];
            if (x.Covers(day) && (exemption is null || x.Begin < exemption.Begin))
            {
                exemption = x;
            }
        }

        if (exemption is not null)
        {
            return (PupilStatus.Exempt, exemption.Begin, null);
        }

        if (!pupil.IsEnrolled(day))
        {
            var since = AbsoluteAbsenceSince(pupil);
            return (PupilStatus.AbsoluteAbsence, since, BandOf(pupil.DaysSince(since)));
        }

        if (Episodes.OngoingStart(pupil) is { } start)
        {
            return pupil.DaysSince(start) > LongTermAfterDays
                ? (PupilStatus.LongTermAbsence, start, BandOf(pupil.DaysSince(start)))
                : (PupilStatus.AtRisk, start, null);
        }

        // The unauthorised days are in date order: the first one in the window is the earliest.
        var windowStart = day.AddDays(-(WindowDays - 1));
        DateOnly? firstInWindow = null;
        var hours = 0m;
        for (var i = 0; i < pupil.UnauthorisedDays.Count; i++)
        {
            var absence = pupil.UnauthorisedDays[i];
            if (absence.Date >= windowStart)
            {
                firstInWindow ??= absence.Date;
                hours += absence.Hours;
            }
        }

        if (hours >= ThresholdHours)
        {
            return (PupilStatus.AtRisk, firstInWindow, null);
        }

        DateOnly? report16U = null;
        for (var i = 0; i < pupil.Reports.Count; i++)
        {
            var r = pupil.Reports[i];
            if (r.Soort == "16U" && r.IsActive && r.Covers(day) && (report16U is null || r.Begin < report16U))
            {
                report16U = r.Begin;
            }
        }

        if (report16U is not null)
        {
            return (PupilStatus.AtRisk, firstInWindow ?? report16U, null);
        }

        return (PupilStatus.Attending, null, null);
    }

    /// <summary>
    /// The latest of: the day after the last enrolment ended, the day after the last exemption ended, the duty start, and
    /// the date the child settled in the gemeente.
    /// </summary>
    public static DateOnly AbsoluteAbsenceSince(PupilContext pupil)
    {
        var day = pupil.Day;
        var candidates = new List<DateOnly>();
        candidates.AddRange(pupil.Effective.Where(e => e.End < day).Select(e => e.End!.Value.AddDays(1)));
        candidates.AddRange(pupil.Facts.Exemptions.Where(x => x.Begin <= day && x.End < day).Select(x => x.End!.Value.AddDays(1)));
        if (pupil.Birth is { } birth)
        {
            candidates.Add(Duty.LeerplichtStart(birth));
        }

        if (Residence.Current(pupil.Facts.Residences, day) is { Source: FactSource.Brp, Settled: { } settled } && settled <= day)
        {
            candidates.Add(settled);
        }

        return candidates.Count == 0 ? day : candidates.Max();
    }

    public static DurationBand BandOf(int days) => days switch
    {
        <= 28 => DurationBand.UpTo4Weeks,
        <= 91 => DurationBand.From4WeeksTo3Months,
        _ => DurationBand.Over3Months,
    };
}

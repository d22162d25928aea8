using Thuiszitters.Gateway.Reconciliation.Facts;

namespace Thuiszitters.Gateway.Reconciliation.Rules;

/// <summary>
/// One person's facts as they stand on a date: only facts dated on or before the date play a part. Built once per person,
/// read by the status and conflict rules.
/// </summary>
public sealed class PupilContext
{
    public PupilContext(PersonFacts facts, RegionFacts region, DateOnly day)
    {
        Facts = facts;
        Region = region;
        Day = day;
        Birth = Duty.BirthDate(facts.BirthDates);
        (SchoolEnrolments, RodEnrolments, Effective) = Enrolments(facts.Enrolments, region.ExportingSchools, day);
        Exemptions = Select(facts.Exemptions, day, static (x, d) => x.Begin <= d && x.Exempts);
        Vervangend = Select(facts.Exemptions, day, static (x, d) => x.Begin <= d && x.IsVervangendeLeerplicht);
        UnauthorisedDays = ByDate(Select(facts.Absences, day, static (a, d) => a.Unauthorised && a.Hours > 0 && a.Date <= d));
        Reports = Select(facts.Reports, day, static (r, d) => r.Begin <= d);
        Registrations = Select(facts.Registrations, day, static (r, d) => r.Start <= d);
    }

    public PersonFacts Facts { get; }

    public RegionFacts Region { get; }

    public DateOnly Day { get; }

    public DateOnly? Birth { get; }

    /// <summary>The enrolments at exporting schools, from their own administration.</summary>
    public IReadOnlyList<EnrolmentFact> SchoolEnrolments { get; }

    /// <summary>The enrolments in ROD, at any school.</summary>
    public IReadOnlyList<EnrolmentFact> RodEnrolments { get; }

    /// <summary>The enrolment timeline that counts: the administration of exporting schools, ROD for every other school.</summary>
    public IReadOnlyList<EnrolmentFact> Effective { get; }

    /// <summary>Vrijstellingen that exempt (5A, 5B, 5C, 15).</summary>
    public IReadOnlyList<ExemptionFact> Exemptions { get; }

    /// <summary>Vervangende leerplicht (3A): counts as enrolled.</summary>
    public IReadOnlyList<ExemptionFact> Vervangend { get; }

    public IReadOnlyList<AbsenceFact> UnauthorisedDays { get; }

    public IReadOnlyList<ReportFact> Reports { get; }

    public IReadOnlyList<RegistrationFact> Registrations { get; }

    public bool HasDuty(DateOnly day) => Birth is not { } birth || Duty.HasDuty(birth, Facts.Startkwalificatie, day);

    public bool IsExempt(DateOnly day)
    {
        for (var i = 0; i < Exemptions.Count; i++)
        {
            if (Exemptions[i].Covers(day))
            {
                return true;
            }
        }

        return false;
    }

    public bool IsEnrolled(DateOnly day)
    {
        for (var i = 0; i < Effective.Count; i++)
        {
            if (Effective[i].Covers(day))
            {
                return true;
            }
        }

        for (var i = 0; i < Vervangend.Count; i++)
        {
            if (Vervangend[i].Covers(day))
            {
                return true;
            }
        }

        return false;
    }

    public int DaysSince(DateOnly date) => Day.DayNumber - date.DayNumber;

    /// <summary>
    /// The enrolments begun by the date: at exporting schools from their own administration, in ROD at any school, and
    /// the effective timeline (the former, then ROD's at every other school).
    /// </summary>
    private static (EnrolmentFact[] School, EnrolmentFact[] Rod, EnrolmentFact[] Effective) Enrolments(
        IReadOnlyList<EnrolmentFact> enrolments, IReadOnlySet<string> exporting, DateOnly day)
    {
        const byte Skip = 0, School = 1, RodAtExporting = 2, RodElsewhere = 3;
        var count = enrolments.Count;
        if (count == 0)
        {
            return ([], [], []);
        }

        Span<byte> kinds = count <= 256 ? stackalloc byte[count] : new byte[count];
        int schools = 0, rods = 0, elsewhere = 0;
        for (var i = 0; i < count; i++)
        {
            var e = enrolments[i];
            kinds[i] = Skip;
            if (e.Begin > day)
            {
                continue;
            }

            if (e.Source == FactSource.School && exporting.Contains(e.School))
            {
                kinds[i] = School;
                schools++;
            }
            else if (e.Source == FactSource.Rod)
            {
                kinds[i] = exporting.Contains(e.School) ? RodAtExporting : RodElsewhere;
                rods++;
                elsewhere += kinds[i] == RodElsewhere ? 1 : 0;
            }
        }

        var school = schools == 0 ? [] : new EnrolmentFact[schools];
        var rod = rods == 0 ? [] : new EnrolmentFact[rods];
        var effective = elsewhere == 0 ? school : new EnrolmentFact[schools + elsewhere];
        int s = 0, r = 0, x = schools;
        for (var i = 0; i < count; i++)
        {
            switch (kinds[i])
            {
                case School:
                    school[s++] = enrolments[i];
                    if (elsewhere > 0)
                    {
                        effective[s - 1] = enrolments[i];
                    }

                    break;
                case RodAtExporting:
                    rod[r++] = enrolments[i];
                    break;
                case RodElsewhere:
                    rod[r++] = enrolments[i];
                    effective[x++] = enrolments[i];
                    break;
                default:
                    break;
            }
        }

        return (school, rod, effective);
    }

    /// <summary>The facts that pass, in their order; the shared empty array when none do (most persons have few facts of each kind).</summary>
    private static T[] Select<T>(IReadOnlyList<T> facts, DateOnly day, Func<T, DateOnly, bool> keep)
    {
        var count = facts.Count;
        if (count == 0)
        {
            return [];
        }

        Span<bool> kept = count <= 256 ? stackalloc bool[count] : new bool[count];
        var n = 0;
        for (var i = 0; i < count; i++)
        {
            kept[i] = keep(facts[i], day);
            n += kept[i] ? 1 : 0;
        }

        if (n == 0)
        {
            return [];
        }

        var selected = new T[n];
        n = 0;
        for (var i = 0; i < count; i++)
        {
            if (kept[i])
            {
                selected[n++] = facts[i];
            }
        }

        return selected;
    }

    /// <summary>A stable sort by date (insertion sort: the days mostly arrive in date order already).</summary>
    private static AbsenceFact[] ByDate(AbsenceFact[] days)
    {
        for (var i = 1; i < days.Length; i++)
        {
            var day = days[i];
            var j = i - 1;
            while (j >= 0 && days[j].Date > day.Date)
            {
                days[j + 1] = days[j];
                j--;
            }

            days[j + 1] = day;
        }

        return days;
    }
}

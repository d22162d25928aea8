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
        SchoolEnrolments = [.. facts.Enrolments.Where(e => e.Source == FactSource.School && e.Begin <= day && region.ExportingSchools.Contains(e.School))];
        RodEnrolments = [.. facts.Enrolments.Where(e => e.Source == FactSource.Rod && e.Begin <= day)];
        Effective =
        [
            .. SchoolEnrolments,
            .. RodEnrolments.Where(e => !region.ExportingSchools.Contains(e.School)),
        ];
        Exemptions = [.. facts.Exemptions.Where(x => x.Begin <= day && x.Exempts)];
        Vervangend = [.. facts.Exemptions.Where(x => x.Begin <= day && x.IsVervangendeLeerplicht)];
        UnauthorisedDays = [.. facts.Absences.Where(a => a.Unauthorised && a.Hours > 0 && a.Date <= day).OrderBy(a => a.Date)];
        Reports = [.. facts.Reports.Where(r => r.Begin <= day)];
        Registrations = [.. facts.Registrations.Where(r => r.Start <= day)];
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

    public bool IsExempt(DateOnly day) => Exemptions.Any(x => x.Covers(day));

    public bool IsEnrolled(DateOnly day) => Effective.Any(e => e.Covers(day)) || Vervangend.Any(x => x.Covers(day));

    public int DaysSince(DateOnly date) => Day.DayNumber - date.DayNumber;
}

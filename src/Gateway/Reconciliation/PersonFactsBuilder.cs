using Thuiszitters.Gateway.Reconciliation.Facts;

namespace Thuiszitters.Gateway.Reconciliation;

/// <summary>Collects one person's facts while the register is read, then freezes them into <see cref="PersonFacts"/>.</summary>
internal sealed class PersonFactsBuilder(string? pgn, string? sourceKey)
{
    public List<BirthDateFact> BirthDates { get; } = [];

    public List<EnrolmentFact> Enrolments { get; } = [];

    public List<AbsenceFact> Absences { get; } = [];

    public List<ReportFact> Reports { get; } = [];

    public List<ExemptionFact> Exemptions { get; } = [];

    public List<RegistrationFact> Registrations { get; } = [];

    public List<ResidenceFact> Residences { get; } = [];

    public DateOnly? Startkwalificatie { get; set; }

    public PersonFacts Build() => new(pgn, sourceKey)
    {
        BirthDates = BirthDates,
        Enrolments = Enrolments,
        Absences = Absences,
        Reports = Reports,
        Exemptions = Exemptions,
        Registrations = Registrations,
        Residences = Residences,
        Startkwalificatie = Startkwalificatie,
    };
}

namespace Thuiszitters.Gateway.Reconciliation.Facts;

/// <summary>
/// Everything the register knows about one person, from every source. <see cref="Pgn"/> is the person's PGN (the BSN when
/// DUO linked a BSN and an onderwijsnummer); null for a person known only by records without a valid PGN, who is then
/// identified by <see cref="SourceKey"/>.
/// </summary>
public sealed record PersonFacts(string? Pgn, string? SourceKey = null)
{
    public IReadOnlyList<BirthDateFact> BirthDates { get; init; } = [];

    public IReadOnlyList<EnrolmentFact> Enrolments { get; init; } = [];

    public IReadOnlyList<AbsenceFact> Absences { get; init; } = [];

    public IReadOnlyList<ReportFact> Reports { get; init; } = [];

    public IReadOnlyList<ExemptionFact> Exemptions { get; init; } = [];

    public IReadOnlyList<RegistrationFact> Registrations { get; init; } = [];

    public IReadOnlyList<ResidenceFact> Residences { get; init; } = [];

    /// <summary>The diploma date of a startkwalificatie (ROD), which ends kwalificatieplicht.</summary>
    public DateOnly? Startkwalificatie { get; init; }

    /// <summary>
    /// A fingerprint of the register rows these facts were read from (each row's table, delivery and line): it changes
    /// when a row is added, replaced, superseded or removed, so the leerplicht feed rebuilds a pupil's names and sources only
    /// then (<see cref="Feed.FeedChangeLog"/>). 0 when not read from the register.
    /// </summary>
    public long FactsHash { get; init; }
}

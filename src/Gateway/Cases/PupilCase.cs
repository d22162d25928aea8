namespace Thuiszitters.Gateway.Cases;

/// <summary>A pupil's page: who, the reconciled state, the open registration, the conflicts and the whole timeline with sources.</summary>
public sealed record PupilCase(
    CaseListItem Pupil,
    string? Sector,
    bool? Offer,
    string? RegistrationSchool,
    DateOnly? ReportedOn,
    DateOnly? AsOf,
    IReadOnlyList<CaseConflict> Conflicts,
    IReadOnlyList<TimelineEntry> Timeline);


namespace Thuiszitters.Gateway.Reconciliation;

/// <summary>The reconciled state of one person on a date.</summary>
public sealed record PupilOutcome(
    string? Pgn,
    string? SourceKey,
    PupilStatus Status,
    DateOnly? Since,
    DurationBand? Band,
    string? Gemeente,
    IReadOnlyList<string> Schools,
    IReadOnlyList<ConflictFinding> Conflicts)
{
    /// <summary>The fingerprint of the rows the outcome was reconciled from (<see cref="Facts.PersonFacts.FactsHash"/>).</summary>
    public long FactsHash { get; init; }

    public bool IsThuiszitter => Status is PupilStatus.AbsoluteAbsence or PupilStatus.LongTermAbsence;
}

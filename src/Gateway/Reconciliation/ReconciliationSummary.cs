namespace Thuiszitters.Gateway.Reconciliation;

/// <summary>What one reconciliation of the register found, and how long its stages took.</summary>
public sealed record ReconciliationSummary(
    long RunId,
    DateOnly AsOf,
    int Persons,
    IReadOnlyDictionary<string, int> Statuses,
    IReadOnlyDictionary<string, int> Conflicts,
    TimeSpan Load,
    TimeSpan Reconcile,
    TimeSpan Total)
{
    public bool Incremental { get; init; }
}

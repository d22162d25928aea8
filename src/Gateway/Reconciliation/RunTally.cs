namespace Thuiszitters.Gateway.Reconciliation;

/// <summary>Counts a run's persons by status and its conflicts by code, batch by batch.</summary>
internal sealed class RunTally
{
    private readonly Dictionary<string, int> statuses = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> conflicts = new(StringComparer.Ordinal);
    private int persons;

    public void Add(IReadOnlyList<PupilOutcome> pupils, IEnumerable<ConflictFinding> distinctConflicts)
    {
        persons += pupils.Count;
        foreach (var pupil in pupils)
        {
            var name = Names.Of(pupil.Status);
            statuses[name] = statuses.GetValueOrDefault(name) + 1;
        }

        foreach (var conflict in distinctConflicts)
        {
            var name = Names.Of(conflict.Code);
            conflicts[name] = conflicts.GetValueOrDefault(name) + 1;
        }
    }

    public ReconciliationSummary Summary(long runId, DateOnly asOf, TimeSpan load, TimeSpan reconcile, TimeSpan total) =>
        new(runId, asOf, persons, statuses, conflicts, load, reconcile, total);
}

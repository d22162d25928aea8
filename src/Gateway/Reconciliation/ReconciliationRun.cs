namespace Thuiszitters.Gateway.Reconciliation;

/// <summary>The result of reconciling the whole register on one date.</summary>
public sealed record ReconciliationRun(DateOnly AsOf, IReadOnlyList<PupilOutcome> Pupils, IReadOnlyList<ConflictFinding> Conflicts)
{
    public static ReconciliationRun Of(RegisterFacts facts, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var pupils = facts.Persons.Select(p => Reconciler.Reconcile(p, facts.Region, asOf)).ToList();
        var conflicts = pupils.SelectMany(p => p.Conflicts).Concat(facts.RegisterConflicts).DistinctBy(c => c.Identity).ToList();
        return new ReconciliationRun(asOf, pupils, conflicts);
    }
}

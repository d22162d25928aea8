using Thuiszitters.Gateway.Reconciliation.Facts;

namespace Thuiszitters.Gateway.Reconciliation;

/// <summary>The result of reconciling the whole register on one date.</summary>
public sealed record ReconciliationRun(DateOnly AsOf, IReadOnlyList<PupilOutcome> Pupils, IReadOnlyList<ConflictFinding> Conflicts)
{
    public static ReconciliationRun Of(RegisterFacts facts, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var pupils = ReconcileAll(facts.Persons, facts.Region, asOf);
        var conflicts = pupils.SelectMany(p => p.Conflicts).Concat(facts.RegisterConflicts).DistinctBy(c => c.Identity).ToList();
        return new ReconciliationRun(asOf, pupils, conflicts);
    }

    /// <summary>Every person's outcome, in the persons' order (the rules are pure: persons are reconciled in parallel).</summary>
    internal static PupilOutcome[] ReconcileAll(IReadOnlyList<PersonFacts> persons, RegionFacts region, DateOnly asOf)
    {
        var outcomes = new PupilOutcome[persons.Count];
        if (persons.Count < 1_000)
        {
            for (var i = 0; i < outcomes.Length; i++)
            {
                outcomes[i] = Reconciler.Reconcile(persons[i], region, asOf);
            }
        }
        else
        {
            Parallel.For(0, outcomes.Length, i => outcomes[i] = Reconciler.Reconcile(persons[i], region, asOf));
        }

        return outcomes;
    }
}

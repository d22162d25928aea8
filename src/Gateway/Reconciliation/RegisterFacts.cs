using Thuiszitters.Gateway.Reconciliation.Facts;

namespace Thuiszitters.Gateway.Reconciliation;

/// <summary>The register read for reconciliation: every person's facts, the region, and the cross-person conflicts.</summary>
public sealed record RegisterFacts(
    IReadOnlyList<PersonFacts> Persons,
    RegionFacts Region,
    IReadOnlyList<ConflictFinding> RegisterConflicts);

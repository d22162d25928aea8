using Thuiszitters.Gateway.Reconciliation.Facts;

namespace Thuiszitters.Gateway.Reconciliation;

/// <summary>The register read for reconciliation: every person's facts, the region, and the cross-person conflicts.</summary>
public sealed record RegisterFacts(
    IReadOnlyList<PersonFacts> Persons,
    RegionFacts Region,
    IReadOnlyList<ConflictFinding> RegisterConflicts)
{
    /// <summary>The comparable identity keys of the persons read (for finding look-alikes incrementally).</summary>
    public IReadOnlyList<Identity.PersonNameKey> NameKeys { get; init; } = [];

    /// <summary>The comparable identity keys of the records without a PGN that were read.</summary>
    public IReadOnlyList<Identity.PersonNameKey> UnidentifiedNameKeys { get; init; } = [];
}

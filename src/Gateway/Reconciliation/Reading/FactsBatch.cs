using Thuiszitters.Gateway.Reconciliation.Facts;
using Thuiszitters.Gateway.Reconciliation.Identity;

namespace Thuiszitters.Gateway.Reconciliation.Reading;

/// <summary>The facts of one bucket of persons, complete for each of them, and their comparable identities.</summary>
internal sealed record FactsBatch(IReadOnlyList<PersonFacts> Persons, IReadOnlyList<PersonNameKey> NameKeys, RegionFacts Region);

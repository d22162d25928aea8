using Thuiszitters.Gateway.Reconciliation.Facts;
using Thuiszitters.Gateway.Reconciliation.Identity;

namespace Thuiszitters.Gateway.Reconciliation.Reading;

/// <summary>What a streamed load gives besides the per-person batches: the region and the register-wide findings.</summary>
internal sealed record LoadedRegister(
    RegionFacts Region,
    IReadOnlyList<ConflictFinding> RegisterConflicts,
    IReadOnlyList<PersonNameKey> UnidentifiedNameKeys);

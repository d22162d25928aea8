namespace Thuiszitters.Gateway.RodCorrections;

/// <summary>The batches "Indienen" stored and sent (a batch DUO did not acknowledge yet is sent again by the next pass).</summary>
internal sealed record RodSubmitResult(IReadOnlyList<long> Batches);

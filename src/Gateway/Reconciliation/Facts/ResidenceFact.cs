namespace Thuiszitters.Gateway.Reconciliation.Facts;

/// <summary>
/// A woongemeente as one source states it. <see cref="KnownOn"/> is the date of the statement (extract, batch or export date).
/// </summary>
public sealed record ResidenceFact(
    string Gemeente,
    FactSource Source,
    DateOnly KnownOn,
    DateOnly? Settled = null,
    DateOnly? Departed = null,
    Provenance Provenance = default);

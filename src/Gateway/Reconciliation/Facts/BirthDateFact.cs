using Thuiszitters.Connectors;

namespace Thuiszitters.Gateway.Reconciliation.Facts;

/// <summary>A birth date as one source states it; <see cref="School"/> is set for school records.</summary>
public sealed record BirthDateFact(PartialDate Date, FactSource Source, string? School = null, Provenance Provenance = default);

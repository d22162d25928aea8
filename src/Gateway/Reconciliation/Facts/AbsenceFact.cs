namespace Thuiszitters.Gateway.Reconciliation.Facts;

/// <summary>One day of absence at a school, as the school's own administration reports it.</summary>
public sealed record AbsenceFact(string School, DateOnly Date, decimal Hours, bool Unauthorised, Provenance Provenance = default);

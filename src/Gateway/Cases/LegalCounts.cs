namespace Thuiszitters.Gateway.Cases;

/// <summary>The counts of one scope (region, gemeente or school) on one day, from the daily history.</summary>
public sealed record LegalCounts(DateOnly? Day, string ScopeKind, string Scope, bool Suppressed, IReadOnlyList<CountCell> Counts);

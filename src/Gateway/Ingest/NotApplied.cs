namespace Thuiszitters.Gateway.Ingest;

/// <summary>A delivery that is recorded but not applied (superseded, batch already applied, batch gap), and why.</summary>
internal sealed record NotApplied(string Outcome, string Reason);

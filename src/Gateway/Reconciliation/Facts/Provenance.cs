namespace Thuiszitters.Gateway.Reconciliation.Facts;

/// <summary>The delivery and line a fact was read from, so every conclusion can be traced to its source.</summary>
public readonly record struct Provenance(long DeliveryId, long Line);

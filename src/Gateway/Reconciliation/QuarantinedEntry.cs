namespace Thuiszitters.Gateway.Reconciliation;

/// <summary>One record held back in quarantine, as the snapshot lists it.</summary>
public sealed record QuarantinedEntry(string File, long Line, string Field, string Reason);

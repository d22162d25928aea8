namespace Thuiszitters.Gateway.Reconciliation;

/// <summary>A whole file the register refused, as the snapshot lists it.</summary>
public sealed record RejectedFile(string File, long? Line, string? Field, string Reason);

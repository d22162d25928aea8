namespace Thuiszitters.Gateway.Conflicts;

/// <summary>Dismissing a conflict needs a reason.</summary>
public sealed record DismissRequest(string? Reason);

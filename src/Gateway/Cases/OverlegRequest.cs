namespace Thuiszitters.Gateway.Cases;

/// <summary>
/// A new overview: the gemeente, the date of the overleg, and optionally the officer's own list as text (pasted PGNs, or a
/// CSV export: every 9-digit number in it counts as a PGN).
/// </summary>
public sealed record OverlegRequest(string? Gemeente, string? HeldOn, string? OfficerList);

namespace Thuiszitters.Gateway.Cases;

/// <summary>A day's value (null when suppressed as a small cell).</summary>
public sealed record TrendPoint(DateOnly Day, int? Value);

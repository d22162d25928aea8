namespace Thuiszitters.Gateway.Cases;

/// <summary>One metric's daily values for one scope, for the trend charts.</summary>
public sealed record TrendSeries(string Metric, string Label, IReadOnlyList<TrendPoint> Points);

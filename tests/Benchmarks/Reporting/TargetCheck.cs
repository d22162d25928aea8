namespace Thuiszitters.Benchmarks.Reporting;

/// <summary>One target of the issue, the measured value in the target's own unit, and whether it was met.</summary>
internal sealed record TargetCheck(string Name, string Target, double Value, string Unit, bool Met);

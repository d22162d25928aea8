namespace Thuiszitters.Benchmarks.Reporting;

/// <summary>
/// One target of the issue, the measured value in the target's own unit, and whether it was met; a value of null
/// means the stage it depends on failed or did not run (the target then counts as missed).
/// </summary>
internal sealed record TargetCheck(string Name, string Target, double? Value, string Unit, bool Met);

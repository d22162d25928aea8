namespace Thuiszitters.Benchmarks.Stages;

/// <summary>
/// The outcome of one product stage: its steps, and the peak resident set of the process that ran it (for a child
/// process: the stage's own peak; in-process: the benchmark's peak so far).
/// </summary>
internal sealed record StageResult(string Stage, IReadOnlyList<StageStep> Steps, long ProcessPeakWorkingSetBytes, bool ChildProcess);

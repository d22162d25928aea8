namespace Thuiszitters.Benchmarks.Stages;

/// <summary>
/// The outcome of one product stage: its steps, and the peak resident set of the process that ran it (for a child
/// process: the stage's own peak; in-process: the benchmark's peak so far). A stage that failed (a refused file, a
/// child out of memory) has no steps and its <paramref name="Error"/>, with <paramref name="WallSeconds"/> until then.
/// </summary>
internal sealed record StageResult(
    string Stage,
    IReadOnlyList<StageStep> Steps,
    long ProcessPeakWorkingSetBytes,
    bool ChildProcess,
    string? Error = null,
    double WallSeconds = 0)
{
    public bool Failed => Error is not null;

    public static StageResult NotRun(string stage, string reason) => new(stage, [], 0, false, "not run: " + reason);
}

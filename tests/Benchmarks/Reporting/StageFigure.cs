using Thuiszitters.Benchmarks.Stages;

namespace Thuiszitters.Benchmarks.Reporting;

/// <summary>
/// One line of the report. <paramref name="Ratio"/> compares with the baseline: for a throughput line the product's
/// rows/s over <c>psql \copy</c>'s (higher is better), for a time line the product's seconds over \copy's of the same
/// files (lower is better); <paramref name="RatioMeaning"/> says which. <paramref name="Target"/> is the target
/// and <paramref name="Met"/> whether this run met it (null: no target on this line). <paramref name="Note"/> says why a
/// stage has no figures (it failed, or did not run because an earlier one failed).
/// </summary>
internal sealed record StageFigure(
    string Stage,
    string Group,
    long Rows,
    double Seconds,
    double? Ratio = null,
    string? RatioMeaning = null,
    string? Target = null,
    bool? Met = null,
    long? PeakWorkingSetBytes = null,
    MemoryFigures? Memory = null,
    IReadOnlyDictionary<string, double>? Parts = null,
    IReadOnlyDictionary<string, long>? Counts = null,
    string? Note = null)
{
    public double RowsPerSecond => Seconds > 0 ? Rows / Seconds : 0;
}

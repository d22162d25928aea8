using Thuiszitters.Benchmarks.DataSet;

namespace Thuiszitters.Benchmarks.Reporting;

/// <summary>The JSON document a run writes: what was measured where, every stage's figures and the targets.</summary>
internal sealed record BenchmarkReport(
    DateTimeOffset StartedAt,
    double TotalSeconds,
    DateOnly AsOf,
    string? ProductRevision,
    MachineInfo Machine,
    DataSetInfo DataSet,
    DeltaSummary Delta,
    bool StagesInChildProcesses,
    int? HeapLimitMegabytes,
    IReadOnlyList<StageFigure> Stages,
    IReadOnlyList<TargetCheck> Targets,
    string? LoadAverageAtEnd);

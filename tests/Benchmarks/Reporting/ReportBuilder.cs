using Thuiszitters.Benchmarks.Stages;

namespace Thuiszitters.Benchmarks.Reporting;

/// <summary>
/// Puts the baseline and the product stages side by side: one figure per measured step, the totals the targets are
/// about, and the targets of the issue checked against them.
/// </summary>
internal static class ReportBuilder
{
    public const double IngestRatioTarget = 0.8;
    public const double FullReconcileTargetSeconds = 60;
    public const double FilesToRegisterTargetRatio = 3;
    public const double DeltaTargetSeconds = 5;
    public const long MemoryTargetBytes = 1_000_000_000;

    private const string Throughput = "x copy rows/s";
    private const string TimeRatio = "x copy time";

    public static (IReadOnlyList<StageFigure> Figures, IReadOnlyList<TargetCheck> Targets) Build(
        IReadOnlyList<BaselineRun> baseline, StageResult ingest, StageResult reconcile, StageResult delta)
    {
        var figures = new List<StageFigure>();
        figures.AddRange(baseline.Select(b => new StageFigure("copy " + b.Kind, "baseline", b.Rows, b.Seconds)));
        var copyTotal = new StageFigure("copy total", "baseline", baseline.Sum(b => b.Rows), baseline.Sum(b => b.Seconds));
        figures.Add(copyTotal);

        foreach (var step in ingest.Steps)
        {
            var kind = step.Name["ingest ".Length..];
            var copy = baseline.FirstOrDefault(b => b.Kind == kind);
            var ratio = copy is null ? (double?)null : Speed(step.Rows, step.Seconds) / Speed(copy.Rows, copy.Seconds);
            figures.Add(Product(step, "ingest") with
            {
                Ratio = ratio, RatioMeaning = Throughput, Target = $">= {IngestRatioTarget}{Throughput}", Met = ratio >= IngestRatioTarget,
            });
        }

        var ingestRows = ingest.Steps.Sum(s => s.Rows);
        var ingestSeconds = ingest.Steps.Sum(s => s.Seconds);
        var ingestRatio = Speed(ingestRows, ingestSeconds) / Speed(copyTotal.Rows, copyTotal.Seconds);
        var ingestPeak = ingest.Steps.Max(s => s.Memory.PeakWorkingSetBytes);
        figures.Add(new StageFigure("ingest total", "ingest", ingestRows, ingestSeconds, ingestRatio, Throughput,
            $">= {IngestRatioTarget}{Throughput}", ingestRatio >= IngestRatioTarget, ingestPeak));

        var full = reconcile.Steps.Single();
        figures.Add(Product(full, "reconcile") with { Target = $"<= {FullReconcileTargetSeconds} s", Met = full.Seconds <= FullReconcileTargetSeconds });
        var toRegister = ingestSeconds + full.Seconds;
        var registerRatio = toRegister / copyTotal.Seconds;
        figures.Add(new StageFigure("files to reconciled register", "reconcile", ingestRows, toRegister, registerRatio, TimeRatio,
            $"<= {FilesToRegisterTargetRatio}{TimeRatio}", registerRatio <= FilesToRegisterTargetRatio));

        figures.AddRange(delta.Steps.Select(s => Product(s, "delta")));
        var deltaSeconds = delta.Steps.Sum(s => s.Seconds);
        figures.Add(new StageFigure("delta total", "delta", delta.Steps[0].Rows, deltaSeconds, Target: $"<= {DeltaTargetSeconds} s",
            Met: deltaSeconds <= DeltaTargetSeconds, Counts: new Dictionary<string, long>(StringComparer.Ordinal) { ["touchedPersons"] = delta.Steps[^1].Rows }));

        var ingestMemory = Math.Max(ingestPeak, delta.Steps[0].Memory.PeakWorkingSetBytes);
        var reconcileMemory = Math.Max(full.Memory.PeakWorkingSetBytes, delta.Steps[^1].Memory.PeakWorkingSetBytes);
        figures.Add(new StageFigure("peak memory ingest", "memory", 0, 0, Target: "< 1 GB", Met: ingestMemory < MemoryTargetBytes, PeakWorkingSetBytes: ingestMemory));
        figures.Add(new StageFigure("peak memory reconcile", "memory", 0, 0, Target: "< 1 GB", Met: reconcileMemory < MemoryTargetBytes, PeakWorkingSetBytes: reconcileMemory));

        IReadOnlyList<TargetCheck> targets =
        [
            new("ingest >= 0.8x psql \\copy of the same rows (rows/s)", $">= {IngestRatioTarget}", ingestRatio, "x", ingestRatio >= IngestRatioTarget),
            new("full reconcile", $"<= {FullReconcileTargetSeconds}", full.Seconds, "s", full.Seconds <= FullReconcileTargetSeconds),
            new("files to reconciled register vs \\copy of the same files (time)", $"<= {FilesToRegisterTargetRatio}", registerRatio, "x", registerRatio <= FilesToRegisterTargetRatio),
            new("1% weekly delta ingested and reconciled", $"<= {DeltaTargetSeconds}", deltaSeconds, "s", deltaSeconds <= DeltaTargetSeconds),
            new("peak memory of ingest", "< 1000", ingestMemory / 1e6, "MB", ingestMemory < MemoryTargetBytes),
            new("peak memory of reconcile", "< 1000", reconcileMemory / 1e6, "MB", reconcileMemory < MemoryTargetBytes),
        ];
        return (figures, targets);
    }

    private static StageFigure Product(StageStep step, string group) =>
        new(step.Name, group, step.Rows, step.Seconds, PeakWorkingSetBytes: step.Memory.PeakWorkingSetBytes, Memory: step.Memory, Parts: step.Parts, Counts: step.Counts);

    private static double Speed(long rows, double seconds) => seconds > 0 ? rows / seconds : 0;
}

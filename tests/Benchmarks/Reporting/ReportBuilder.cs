using Thuiszitters.Benchmarks.Stages;

namespace Thuiszitters.Benchmarks.Reporting;

/// <summary>
/// Puts the baseline and the product stages side by side: one figure per measured step, the totals the targets are
/// about, and the targets of the issue checked against them. A failed stage gives a figure with its error instead.
/// </summary>
internal static class ReportBuilder
{
    public const double IngestRatioTarget = 0.8;
    public const double FullReconcileTargetSeconds = 60;
    public const double FilesToRegisterTargetRatio = 3;
    public const double DeltaTargetSeconds = 5;
    public const double DeltaInFeedTargetSeconds = 5;

    /// <summary>A weekly P delivery dropped into a synced folder is reconciled within this many seconds of its arrival (issue 13).</summary>
    public const double SyncDropTargetSeconds = 10;

    public const double ChangeLogShareTarget = 0.10;
    public const string ChangeLogFigure = "reconcile B/A (change log)";
    public const long MemoryTargetBytes = 1_000_000_000;

    private const string Throughput = "x copy rows/s";
    private const string TimeRatio = "x copy time";

    public static (IReadOnlyList<StageFigure> Figures, IReadOnlyList<TargetCheck> Targets) Build(
        IReadOnlyList<BaselineRun> plain, IReadOnlyList<BaselineRun> indexed, StageResult ingest, StageResult reconcile, StageResult delta)
    {
        var figures = new List<StageFigure>();
        var copyTotal = Baseline(figures, "copy", "baseline", plain, null);
        Baseline(figures, "copy+indexes", "diagnostic", indexed, plain);

        double? ingestRatio = null, ingestSeconds = null;
        long? ingestPeak = null;
        if (ingest.Failed)
        {
            figures.Add(Failed("ingest total", "ingest", ingest, $">= {IngestRatioTarget}{Throughput}"));
        }
        else
        {
            foreach (var step in ingest.Steps)
            {
                // Deliveries of several kinds run at once: a kind's step (the sum of its deliveries' durations) overlaps
                // the run's, so its throughput is a diagnostic; the target is the total's, the run's wall time.
                var copy = step.Overlapping ? plain.FirstOrDefault(b => b.Kind == step.Name["ingest ".Length..]) : null;
                figures.Add(copy is null ? Product(step, "ingest") : Product(step, "ingest") with
                {
                    Ratio = Speed(step.Rows, step.Seconds) / Speed(copy.Rows, copy.Seconds), RatioMeaning = Throughput,
                });
            }

            var timed = ingest.Steps.Where(s => !s.Overlapping).ToList();

            var rows = timed.Sum(s => s.Rows);
            ingestSeconds = timed.Sum(s => s.Seconds);
            ingestRatio = Speed(rows, ingestSeconds.Value) / Speed(copyTotal.Rows, copyTotal.Seconds);
            ingestPeak = ingest.Steps.Max(s => s.Memory.PeakWorkingSetBytes);
            figures.Add(new StageFigure("ingest total", "ingest", rows, ingestSeconds.Value, ingestRatio, Throughput,
                $">= {IngestRatioTarget}{Throughput}", ingestRatio >= IngestRatioTarget, ingestPeak));
        }

        var full = reconcile.Failed ? null : reconcile.Steps.Single(s => s.Name == ReconcileStage.Full);
        figures.Add(full is null
            ? Failed("reconcile full", "reconcile", reconcile, $"<= {FullReconcileTargetSeconds} s")
            : Product(full, "reconcile") with { Target = $"<= {FullReconcileTargetSeconds} s", Met = full.Seconds <= FullReconcileTargetSeconds });
        double? changeLogShare = null;
        if (full is not null)
        {
            var again = reconcile.Steps.Where(s => s.Name != ReconcileStage.Full).ToList();
            figures.AddRange(again.Select(s => Product(s, "reconcile")));
            var without = again.Where(s => s.Name.EndsWith(ReconcileStage.WithoutChangeLog, StringComparison.Ordinal)).Select(s => s.Seconds).DefaultIfEmpty().Average();
            var with = again.Where(s => !s.Name.EndsWith(ReconcileStage.WithoutChangeLog, StringComparison.Ordinal)).Select(s => s.Seconds).DefaultIfEmpty().Average();
            changeLogShare = with > 0 && without > 0 ? (with / without) - 1 : null;

            // The mean of the runs with the change log (B), as a ratio to the mean of those without (A).
            figures.Add(new StageFigure(ChangeLogFigure, "reconcile", full.Rows, with, with / without, "x without",
                $"<= {1 + ChangeLogShareTarget:F2}x without", changeLogShare <= ChangeLogShareTarget));
        }

        double? registerRatio = ingestSeconds is { } i && full is not null ? (i + full.Seconds) / copyTotal.Seconds : null;
        figures.Add(new StageFigure("files to reconciled register", "reconcile", copyTotal.Rows, registerRatio is null ? 0 : ingestSeconds!.Value + full!.Seconds,
            registerRatio, TimeRatio, $"<= {FilesToRegisterTargetRatio}{TimeRatio}", registerRatio <= FilesToRegisterTargetRatio,
            Note: registerRatio is null ? "not measured: the ingest or the full reconcile failed" : null));

        double? deltaSeconds = null;
        StageStep? inFeed = null;
        if (delta.Failed)
        {
            figures.Add(Failed("delta total", "delta", delta, $"<= {DeltaTargetSeconds} s"));
        }
        else
        {
            figures.AddRange(delta.Steps.Where(s => !s.Overlapping).Select(s => Product(s, "delta")));
            deltaSeconds = delta.Steps.Where(s => !s.Overlapping).Sum(s => s.Seconds);
            figures.Add(new StageFigure("delta total", "delta", delta.Steps[0].Rows, deltaSeconds.Value, Target: $"<= {DeltaTargetSeconds} s",
                Met: deltaSeconds <= DeltaTargetSeconds));
            inFeed = delta.Steps.FirstOrDefault(s => s.Name == DeltaStage.InFeed);
            if (inFeed is not null)
            {
                // From the start of the delivery until the feed's pages gave every event it made.
                figures.Add(Product(inFeed, "delta") with { Target = $"<= {DeltaInFeedTargetSeconds} s", Met = inFeed.Seconds <= DeltaInFeedTargetSeconds });
            }
        }

        var ingestMemory = Max(ingestPeak, delta.Failed ? null : delta.Steps[0].Memory.PeakWorkingSetBytes);
        var reconcileMemory = Max(
            reconcile.Failed ? null : reconcile.Steps.Max(s => s.Memory.PeakWorkingSetBytes),
            delta.Failed ? null : delta.Steps.Single(s => s.Name == "delta reconcile").Memory.PeakWorkingSetBytes);
        figures.Add(Memory("peak memory ingest", ingestMemory, ingest.Failed));
        figures.Add(Memory("peak memory reconcile", reconcileMemory, reconcile.Failed || delta.Failed));

        IReadOnlyList<TargetCheck> targets =
        [
            new("ingest >= 0.8x psql \\copy of the same rows (rows/s)", $">= {IngestRatioTarget}", ingestRatio, "x", ingestRatio >= IngestRatioTarget),
            new("full reconcile", $"<= {FullReconcileTargetSeconds}", full?.Seconds, "s", full?.Seconds <= FullReconcileTargetSeconds),
            new("files to reconciled register vs \\copy of the same files (time)", $"<= {FilesToRegisterTargetRatio}", registerRatio, "x",
                registerRatio <= FilesToRegisterTargetRatio),
            new("full reconcile with the feed's change log vs without", $"<= +{ChangeLogShareTarget * 100:F0}", changeLogShare * 100, "%",
                changeLogShare <= ChangeLogShareTarget),
            new("1% weekly delta ingested and reconciled", $"<= {DeltaTargetSeconds}", deltaSeconds, "s", deltaSeconds <= DeltaTargetSeconds),
            new("1% weekly delta in the leerplicht feed after its delivery", $"<= {DeltaInFeedTargetSeconds}", inFeed?.Seconds, "s",
                inFeed?.Seconds <= DeltaInFeedTargetSeconds),
            new("peak memory of ingest", "< 1000", ingestMemory / 1e6, "MB", !ingest.Failed && ingestMemory < MemoryTargetBytes),
            new("peak memory of reconcile", "< 1000", reconcileMemory / 1e6, "MB", !reconcile.Failed && !delta.Failed && reconcileMemory < MemoryTargetBytes),
        ];
        return (figures, targets);
    }

    /// <summary>A figure per kind and a total; with <paramref name="reference"/>, each compared with the reference's throughput.</summary>
    private static StageFigure Baseline(List<StageFigure> figures, string name, string group, IReadOnlyList<BaselineRun> runs, IReadOnlyList<BaselineRun>? reference)
    {
        double? Ratio(long rows, double seconds, long referenceRows, double referenceSeconds) =>
            reference is null ? null : Speed(rows, seconds) / Speed(referenceRows, referenceSeconds);

        foreach (var run in runs)
        {
            var other = reference?.Single(r => r.Kind == run.Kind);
            figures.Add(new StageFigure($"{name} {run.Kind}", group, run.Rows, run.Seconds, Ratio(run.Rows, run.Seconds, other?.Rows ?? 0, other?.Seconds ?? 0),
                reference is null ? null : Throughput));
        }

        var (rows, seconds) = (runs.Sum(r => r.Rows), runs.Sum(r => r.Seconds));
        var total = new StageFigure($"{name} total", group, rows, seconds,
            Ratio(rows, seconds, reference?.Sum(r => r.Rows) ?? 0, reference?.Sum(r => r.Seconds) ?? 0), reference is null ? null : Throughput);
        figures.Add(total);
        return total;
    }

    private static StageFigure Product(StageStep step, string group) =>
        new(step.Name, group, step.Rows, step.Seconds, PeakWorkingSetBytes: step.Memory.PeakWorkingSetBytes, Memory: step.Memory, Parts: step.Parts, Counts: step.Counts);

    private static StageFigure Failed(string name, string group, StageResult result, string target) =>
        new(name, group, 0, result.WallSeconds, Target: target, Met: false, Note: result.Error);

    private static StageFigure Memory(string name, long? peak, bool incomplete) =>
        new(name, "memory", 0, 0, Target: "< 1 GB", Met: !incomplete && peak < MemoryTargetBytes, PeakWorkingSetBytes: peak,
            Note: incomplete ? "incomplete: a stage failed or did not run" : null);

    private static long? Max(long? a, long? b) => a is null ? b : b is null ? a : Math.Max(a.Value, b.Value);

    private static double Speed(long rows, double seconds) => seconds > 0 ? rows / seconds : 0;
}

using System.Globalization;
using Thuiszitters.Benchmarks.Stages;

namespace Thuiszitters.Benchmarks.Reporting;

/// <summary>The report as plain text tables: stages with their ratios and targets, where the time went, and memory.</summary>
internal static class ReportTable
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static void Print(TextWriter output, BenchmarkReport report)
    {
        var m = report.Machine;
        output.WriteLine();
        var d = report.DataSet;
        output.WriteLine(string.Create(Inv,
            $"Benchmark as of {report.AsOf:yyyy-MM-dd}: {d.Pupils:N0} pupils, {d.Schools} schools, {d.Files:N0} files, {d.Bytes / 1e6:N0} MB"));
        output.WriteLine(string.Create(Inv,
            $"Machine: {m.Cores} cores, {m.MemoryBytes / 1e9:N1} GB, {m.Runtime}, server GC {m.ServerGc}; {m.PostgreSqlVersion.Split(" on ")[0]} at {m.PostgreSqlHost}"));
        output.WriteLine($"Product: {report.ProductRevision ?? "revision unknown"}");
        output.WriteLine($"Load average at start: {m.LoadAverage ?? "unknown"}; at end: {report.LoadAverageAtEnd ?? "unknown"}");
        if (report.HeapLimitMegabytes is { } limit)
        {
            output.WriteLine(string.Create(Inv, $"Managed heap limit per stage process: {limit:N0} MB (DOTNET_GCHeapHardLimit): near it the GC works harder."));
        }

        output.WriteLine(report.StagesInChildProcesses
            ? "Product stages ran in child processes: each peak is the stage's own (reset per step)."
            : "Product stages ran in this process: peaks are per step where the high-water mark could be reset, else the process's.");
        output.WriteLine();
        output.WriteLine($"{"stage",-30} {"rows",12} {"seconds",9} {"rows/s",11} {"vs copy",16} {"peak MB",8}  {"target",-22} met");
        foreach (var f in report.Stages)
        {
            var ratio = f.Ratio is { } r ? string.Create(Inv, $"{r:F2}{f.RatioMeaning}") : "";
            var rows = f.Group == "memory" ? "" : f.Rows.ToString("N0", Inv);
            var seconds = f.Group == "memory" ? "" : f.Seconds.ToString("F2", Inv);
            var speed = f.Group == "memory" || f.Rows == 0 ? "" : f.RowsPerSecond.ToString("N0", Inv);
            var peak = f.PeakWorkingSetBytes is { } p ? (p / 1e6).ToString("N0", Inv) : "";
            var met = f.Met switch { true => "met", false => "MISSED", null => "" };
            output.WriteLine($"{f.Stage,-30} {rows,12} {seconds,9} {speed,11} {ratio,16} {peak,8}  {f.Target ?? "",-22} {met}");
            if (f.Note is not null)
            {
                output.WriteLine($"    {f.Note}");
            }
        }

        output.WriteLine();
        output.WriteLine("Where the time goes (seconds):");
        foreach (var f in report.Stages.Where(f => f.Parts is not null))
        {
            var parts = string.Join(", ", f.Parts!.Select(p => string.Create(Inv, $"{p.Key} {p.Value:F2}")));
            var counts = f.Counts is null ? "" : "; " + string.Join(", ", f.Counts.Select(c => string.Create(Inv, $"{c.Key} {c.Value:N0}")));
            output.WriteLine($"  {f.Stage,-28} {parts}{counts}");
        }

        output.WriteLine();
        output.WriteLine($"{"memory per step",-30} {"peak RSS MB",12} {"scope",8} {"managed MB",11} {"allocated MB",13} {"gen0/1/2",12} {"GC pause s",11}");
        MemoryFigures? previous = null;
        foreach (var f in report.Stages.Where(f => f.Memory is not null))
        {
            // Steps that overlap (the ingest's kinds) share the figures of their whole run: one line for them.
            var x = f.Memory!;
            if (x == previous)
            {
                continue;
            }

            previous = x;
            var stage = x.Scope == "run" ? f.Group + " (whole run)" : f.Stage;
            var collections = $"{x.Gen0Collections}/{x.Gen1Collections}/{x.Gen2Collections}";
            output.WriteLine(string.Create(Inv,
                $"{stage,-30} {x.PeakWorkingSetBytes / 1e6,12:N0} {x.Scope,8} {x.PeakManagedHeapBytes / 1e6,11:N0} {(x.AllocatedBytes is { } a ? (a / 1e6).ToString("N0", Inv) : "n/a"),13} {collections,12} {x.GcPauseSeconds,11:F2}"));
        }

        output.WriteLine();
        output.WriteLine("Targets:");
        foreach (var t in report.Targets)
        {
            var value = t.Value is { } v ? string.Create(Inv, $"{v:F2} {t.Unit}") : "not measured";
            output.WriteLine(string.Create(Inv, $"  {(t.Met ? "met   " : "MISSED")} {t.Name}: {value} (target {t.Target} {t.Unit})"));
        }
    }
}

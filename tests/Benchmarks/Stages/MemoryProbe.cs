using System.Diagnostics;
using System.Runtime;

namespace Thuiszitters.Benchmarks.Stages;

/// <summary>
/// Measures the memory of one step. On Linux, writing 5 to <c>/proc/self/clear_refs</c> resets the peak resident set
/// to the current one, which makes the peak the step's own even when several steps share a process.
/// </summary>
internal sealed class MemoryProbe : IDisposable
{
    private const string ClearRefs = "/proc/self/clear_refs";

    private readonly Timer sampler;
    private readonly string scope;
    private readonly long allocated;
    private readonly int gen0;
    private readonly int gen1;
    private readonly int gen2;
    private readonly TimeSpan pause;
    private long peakHeap;
    private long peakCommitted;

    private MemoryProbe()
    {
        GC.Collect(2, GCCollectionMode.Forced, true, true);
        GC.WaitForPendingFinalizers();
        scope = TryResetPeak() ? "step" : "process";
        allocated = GC.GetTotalAllocatedBytes(true);
        (gen0, gen1, gen2) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        pause = GC.GetTotalPauseDuration();
        Sample();
        sampler = new Timer(_ => Sample(), null, 0, 10);
    }

    public static MemoryProbe Start() => new();

    public MemoryFigures Stop()
    {
        sampler.Change(Timeout.Infinite, Timeout.Infinite);
        Sample();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return new MemoryFigures(
            process.PeakWorkingSet64,
            scope,
            Interlocked.Read(ref peakHeap),
            Interlocked.Read(ref peakCommitted),
            GC.GetTotalAllocatedBytes(true) - allocated is var bytes and >= 0 ? bytes : null,
            GC.CollectionCount(0) - gen0,
            GC.CollectionCount(1) - gen1,
            GC.CollectionCount(2) - gen2,
            (GC.GetTotalPauseDuration() - pause).TotalSeconds,
            GCSettings.IsServerGC);
    }

    public void Dispose() => sampler.Dispose();

    private static bool TryResetPeak()
    {
        if (!OperatingSystem.IsLinux() || !File.Exists(ClearRefs))
        {
            return false;
        }

        try
        {
            File.WriteAllText(ClearRefs, "5");
            return true;
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    private void Sample()
    {
        Max(ref peakHeap, GC.GetTotalMemory(false));
        Max(ref peakCommitted, GC.GetGCMemoryInfo().TotalCommittedBytes);
    }

    private static void Max(ref long target, long value)
    {
        var current = Interlocked.Read(ref target);
        while (value > current)
        {
            var seen = Interlocked.CompareExchange(ref target, value, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }
}

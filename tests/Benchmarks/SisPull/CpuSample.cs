using System.Diagnostics;
using System.Globalization;

namespace Thuiszitters.Benchmarks.SisPull;

/// <summary>
/// Wall time and CPU time at one moment: of this process (the client), of the fake's process, and of the whole machine
/// (<c>/proc/stat</c>: every busy jiffy, so PostgreSQL and anything else running too).
/// </summary>
internal sealed record CpuSample(long Timestamp, TimeSpan Client, TimeSpan Fake, double MachineSeconds)
{
    public static CpuSample Take(Process fake)
    {
        ArgumentNullException.ThrowIfNull(fake);
        fake.Refresh();
        using var self = Process.GetCurrentProcess();
        return new CpuSample(Stopwatch.GetTimestamp(), self.TotalProcessorTime, fake.TotalProcessorTime, MachineBusySeconds());
    }

    /// <summary>The figures from <paramref name="start"/> to this sample.</summary>
    public CpuFigures Since(CpuSample start)
    {
        ArgumentNullException.ThrowIfNull(start);
        return new CpuFigures(
            Stopwatch.GetElapsedTime(start.Timestamp, Timestamp).TotalSeconds,
            (Client - start.Client).TotalSeconds,
            (Fake - start.Fake).TotalSeconds,
            MachineSeconds - start.MachineSeconds);
    }

    /// <summary>user + nice + system + irq + softirq + steal of the first line of /proc/stat, in seconds (USER_HZ 100); 0 elsewhere.</summary>
    private static double MachineBusySeconds()
    {
        if (!File.Exists("/proc/stat"))
        {
            return 0;
        }

        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        long Field(int i) => fields.Length > i ? long.Parse(fields[i], CultureInfo.InvariantCulture) : 0;
        return (Field(1) + Field(2) + Field(3) + Field(6) + Field(7) + Field(8)) / 100.0;
    }
}

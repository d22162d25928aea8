using System.Diagnostics;
using System.Globalization;
using Xunit.Abstractions;
using Thuiszitters.Generator;

namespace Thuiszitters.Gateway.Tests.Generator;

[CollectionDefinition(nameof(BoundedMemoryTests), DisableParallelization = true)]
public sealed class BoundedMemoryRun;

/// <summary>Runs alone (no parallel tests), so the live managed heap it samples is the generator's.</summary>
[Collection(nameof(BoundedMemoryTests))]
public sealed class BoundedMemoryTests(ITestOutputHelper output)
{
    [Fact]
    public void Run_LargeRegion_KeepsTheManagedHeapBounded()
    {
        var options = GeneratedRegion.Create(5, "large", 100_000);
        // The test process holds whatever earlier tests left (hosts, pools, caches): the generator's own share is the
        // growth over the live heap before it starts.
        var before = GC.GetTotalMemory(true);
        long peak = before;
        using var sampler = new Timer(_ => InterlockedMax(ref peak, GC.GetTotalMemory(true)), null, 0, 50);
        var watch = Stopwatch.StartNew();
        try
        {
            var summary = new RegionGenerator(options).Run();
            watch.Stop();
            var written = Directory.GetFiles(options.OutputFolder).Sum(f => new FileInfo(f).Length);

            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"100,000 pupil indices: {watch.Elapsed.TotalSeconds:F1} s, peak live managed heap {Interlocked.Read(ref peak) / 1_000_000} MB, {written / 1_000_000} MB written"));
            Assert.True(summary.Persons > 99_000);
            Assert.True(written > 25_000_000, $"{written} bytes written");
            // Live objects after a full collection: holding 100,000 pupils with their records would take well over 100 MB.
            var growth = Interlocked.Read(ref peak) - before;
            Assert.True(growth < 64_000_000, $"live managed heap grew by {growth / 1_000_000} MB (peak {Interlocked.Read(ref peak) / 1_000_000} MB)");
        }
        finally
        {
            Directory.Delete(options.OutputFolder, true);
        }
    }

    private static void InterlockedMax(ref long target, long value)
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

using Thuiszitters.Gateway.Ingest;
using Thuiszitters.Gateway.Register.Entities;

namespace Thuiszitters.Gateway.Tests.Ingest;

/// <summary>The scheduling alone, with a stand-in for the delivery (no database): who runs when, and in which order.</summary>
public sealed class DeliverySchedulerTests
{
    private static readonly string[] Schools = ["12AB00", "05KO00", "23CD01", "40WQ00", "77ZK03"];
    private static readonly string[] Dates = ["20260301", "20260302", "20260303"];

    [Fact]
    public async Task RunAsync_FilesOfSeveralOwners_AppliesOwnersAtOnceEachOwnersFilesInOrderAndReportsInListOrder()
    {
        // Each school's three exports in a row: a free worker must skip the files of a school that is busy.
        var files = Schools.SelectMany(s => Dates.Select(d => $"/drop/leerlingen_{s}_{d}.csv")).ToList();
        var gate = new object();
        var started = new List<string>();
        var inFlight = new HashSet<string>(StringComparer.Ordinal);
        var maxInFlight = 0;
        var fourInFlight = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var reported = new List<DeliveryResult>();

        var results = await new DeliveryScheduler(files).RunAsync(
            4,
            async (path, token) =>
            {
                var owner = DeliveryScheduler.OwnerOf(path);
                lock (gate)
                {
                    Assert.True(inFlight.Add(owner), $"two deliveries of {owner} at once");
                    started.Add(path);
                    maxInFlight = Math.Max(maxInFlight, inFlight.Count);
                    if (inFlight.Count == 4)
                    {
                        fourInFlight.TrySetResult();
                    }
                }

                // The first deliveries wait until four run at once; the rest go straight through.
                await fourInFlight.Task.WaitAsync(token);
                await Task.Yield();
                lock (gate)
                {
                    inFlight.Remove(owner);
                }

                return Result(path);
            },
            reported.Add,
            CancellationToken.None);

        Assert.Equal(4, maxInFlight);
        Assert.Equal(files.Select(Path.GetFileName), results.Select(r => r.FileName));
        Assert.Equal(results, reported);
        Assert.Equal(new[] { files[0], files[3], files[6], files[9] }.Order(StringComparer.Ordinal), started.Take(4).Order(StringComparer.Ordinal));
        Assert.All(Schools, school => Assert.Equal(files.Where(f => f.Contains(school, StringComparison.Ordinal)), started.Where(f => f.Contains(school, StringComparison.Ordinal))));
    }

    [Fact]
    public async Task RunAsync_OneAtATime_AppliesTheFilesInListOrder()
    {
        var files = Schools.Select(s => $"/drop/verzuim_{s}_20260415.csv").Reverse().Append("/drop/readme.md").ToList();
        var started = new List<string>();

        var results = await new DeliveryScheduler(files).RunAsync(
            1,
            async (path, token) =>
            {
                started.Add(path);
                await Task.Yield();
                return Result(path);
            },
            null,
            CancellationToken.None);

        Assert.Equal(files, started);
        Assert.Equal(files.Select(Path.GetFileName), results.Select(r => r.FileName));
    }

    [Fact]
    public async Task RunAsync_ADeliveryThatFails_StopsTheOthersAndThrowsItsError()
    {
        var files = Schools.Select(s => $"/drop/leerlingen_{s}_20260415.csv").ToList();
        var started = new List<string>();
        var secondRunning = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var cancelled = false;

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => new DeliveryScheduler(files).RunAsync(
            2,
            async (path, token) =>
            {
                lock (started)
                {
                    started.Add(path);
                }

                if (path == files[0])
                {
                    await secondRunning.Task;
                    throw new InvalidOperationException("the server went away");
                }

                secondRunning.TrySetResult();
                try
                {
                    await Task.Delay(Timeout.Infinite, token);
                }
                catch (OperationCanceledException)
                {
                    cancelled = true;
                    throw;
                }

                return Result(path);
            },
            null,
            CancellationToken.None));

        Assert.Equal("the server went away", error.Message);
        Assert.True(cancelled, "the delivery in progress was not cancelled");
        Assert.Equal(files.Take(2).Order(StringComparer.Ordinal), started.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void OwnerOf_SchoolExportsOfOneSchoolShareAnOwnerUnknownNamesAreTheirOwn()
    {
        Assert.Equal(DeliveryScheduler.OwnerOf("/a/leerlingen_12AB00_20260301.csv"), DeliveryScheduler.OwnerOf("/b/verzuim_12AB00_20260415.csv"));
        Assert.Equal(DeliveryScheduler.OwnerOf("/a/12AB00_20260301.edex.xml"), DeliveryScheduler.OwnerOf("/a/thuiszitters_12AB00_20260415.csv"));
        Assert.NotEqual(DeliveryScheduler.OwnerOf("/a/leerlingen_12AB00_20260301.csv"), DeliveryScheduler.OwnerOf("/a/leerlingen_12AB01_20260301.csv"));
        Assert.Equal(DeliveryScheduler.OwnerOf("/a/rod_VO2203_000001.txt"), DeliveryScheduler.OwnerOf("/a/rod_VO2203_000002.txt"));
        Assert.NotEqual(DeliveryScheduler.OwnerOf("/a/readme.md"), DeliveryScheduler.OwnerOf("/a/notes.md"));
    }

    private static DeliveryResult Result(string path) => new(Path.GetFileName(path), 0, DeliveryOutcomes.Applied, 0, 0, null, null, null);
}

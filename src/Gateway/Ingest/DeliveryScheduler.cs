using System.Runtime.ExceptionServices;
using Thuiszitters.Connectors;

namespace Thuiszitters.Gateway.Ingest;

/// <summary>
/// Applies a list of files (in <see cref="DeliveryOrder"/>) with up to <c>parallelism</c> deliveries at a time: files
/// of different owners at once, the files of one owner (one <see cref="OwnerLock"/> key) strictly one after the other
/// in list order. A free worker takes the first file in the list whose owner has no delivery in progress, so tables
/// fill in list order. Results come back, and are reported, in list order.
/// </summary>
internal sealed class DeliveryScheduler
{
    private readonly IReadOnlyList<string> files;
    private readonly string[] owners;
    private readonly DeliveryResult?[] results;
    private readonly bool[] taken;
    private readonly HashSet<string> busyOwners = new(StringComparer.Ordinal);
    private readonly object gate = new();
    private TaskCompletionSource progress = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int firstUntaken;
    private int reported;
    private ExceptionDispatchInfo? failure;

    public DeliveryScheduler(IReadOnlyList<string> files)
    {
        this.files = files;
        owners = [.. files.Select(OwnerOf)];
        results = new DeliveryResult?[files.Count];
        taken = new bool[files.Count];
    }

    /// <summary>
    /// The lock key of the file's owner, as the delivery will take it; a file whose name matches no format has no owner
    /// state to protect and is a key of its own.
    /// </summary>
    public static string OwnerOf(string path)
    {
        var fileName = Path.GetFileName(path);
        return DropFileName.TryParse(fileName, out var name) && name is not null ? OwnerLock.KeyFor(name) : "file:" + fileName;
    }

    /// <summary>
    /// Runs <paramref name="apply"/> for every file; <paramref name="onResult"/> sees the results in list order as soon
    /// as every earlier file is done. A delivery that fails stops the others (theirs roll back) and its error is thrown.
    /// </summary>
    public async Task<IReadOnlyList<DeliveryResult>> RunAsync(
        int parallelism, Func<string, CancellationToken, Task<DeliveryResult>> apply, Action<DeliveryResult>? onResult, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(parallelism, 1);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var workers = Enumerable.Range(0, Math.Min(parallelism, Math.Max(1, files.Count)))
            .Select(_ => Task.Run(() => WorkAsync(apply, onResult, stop), CancellationToken.None))
            .ToList();
        try
        {
            await Task.WhenAll(workers);
        }
        catch (OperationCanceledException) when (failure is not null)
        {
            // The other workers stopped because one failed; its error is the one to report.
        }

        failure?.Throw();
        return [.. results.Select(r => r!)];
    }

    private async Task WorkAsync(
        Func<string, CancellationToken, Task<DeliveryResult>> apply, Action<DeliveryResult>? onResult, CancellationTokenSource stop)
    {
        try
        {
            while (await NextAsync(stop.Token) is var index and >= 0)
            {
                var result = await apply(files[index], stop.Token);
                lock (gate)
                {
                    results[index] = result;
                    busyOwners.Remove(owners[index]);
                    while (reported < results.Length && results[reported] is { } next)
                    {
                        reported++;
                        onResult?.Invoke(next);
                    }

                    var previous = progress;
                    progress = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                    previous.SetResult();
                }
            }
        }
        catch (Exception e) when (e is not OperationCanceledException || !stop.IsCancellationRequested)
        {
            // A fault (or a result the caller refuses) stops the other deliveries; theirs roll back.
            lock (gate)
            {
                failure ??= ExceptionDispatchInfo.Capture(e);
            }

            await stop.CancelAsync();
            throw;
        }
    }

    /// <summary>The index of the next file to apply, once one is free; -1 when every file is taken.</summary>
    private async Task<int> NextAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            Task changed;
            lock (gate)
            {
                if (firstUntaken == files.Count)
                {
                    return -1;
                }

                if (TakeNext() is var index and >= 0)
                {
                    return index;
                }

                changed = progress.Task;
            }

            // Every untaken file belongs to an owner with a delivery in progress: wait for one to end.
            await changed.WaitAsync(cancellationToken);
        }
    }

    /// <summary>The first untaken file whose owner is free (under the gate), or -1. An owner's earliest untaken file comes first.</summary>
    private int TakeNext()
    {
        for (var i = firstUntaken; i < files.Count; i++)
        {
            if (taken[i] || busyOwners.Contains(owners[i]))
            {
                continue;
            }

            taken[i] = true;
            busyOwners.Add(owners[i]);
            while (firstUntaken < files.Count && taken[firstUntaken])
            {
                firstUntaken++;
            }

            return i;
        }

        return -1;
    }
}

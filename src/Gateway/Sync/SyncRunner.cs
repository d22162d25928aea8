using System.Diagnostics;
using Microsoft.Extensions.Options;
using Npgsql;
using Thuiszitters.Gateway.Reconciliation;

namespace Thuiszitters.Gateway.Sync;

/// <summary>
/// Runs a source once: takes the source's lock (one run per source across every process, else the run is recorded as
/// skipped), records the run, lets the source's kind do the work, and ends the run with its outcome, moving the
/// source's failing streak (and pausing the source after <see cref="SyncOptions.PauseAfterFailures"/> failures in a row).
/// </summary>
internal sealed class SyncRunner(
    NpgsqlDataSource dataSource,
    SyncRunStore store,
    IEnumerable<ISyncSource> kinds,
    IOptions<SourcesOptions> sources,
    IOptions<SyncOptions> options,
    DeliveryPipeline pipeline,
    RegisterReconciliation reconciliation,
    TimeProvider time,
    ILogger<SyncRunner> logger)
{
    /// <summary>This process, as <c>sync_runs.node</c> names it.</summary>
    public static string Node { get; } = $"{Environment.MachineName}:{Environment.ProcessId}";

    /// <summary>Runs <paramref name="sourceName"/>; returns the run's id, or null when nothing was started.</summary>
    public async Task<long?> RunAsync(string sourceName, string trigger, string? jobId, CancellationToken cancellationToken)
    {
        if (sources.Value.Find(sourceName) is not { } source)
        {
            SyncLog.UnknownSource(logger, sourceName);
            return null;
        }

        var kind = kinds.First(k => k.Kind == source.Kind);
        var settings = options.Value;
        if (trigger == SyncTriggers.Schedule && await store.IsPausedAsync(source.Name, cancellationToken))
        {
            SyncLog.PausedNotRun(logger, source.Name);
            return null;
        }

        await using var sourceLock = await SourceLock.TryTakeAsync(dataSource, source.Name, cancellationToken);
        if (sourceLock is null)
        {
            var skipped = await store.BeginAsync(source.Name, Node, trigger, jobId, SyncOutcomes.Skipped, time.GetUtcNow(), cancellationToken);
            SyncLog.Skipped(logger, source.Name, skipped);
            return skipped;
        }

        var watch = Stopwatch.StartNew();
        var runId = await store.BeginAsync(source.Name, Node, trigger, jobId, SyncOutcomes.Running, time.GetUtcNow(), cancellationToken);
        SyncLog.Started(logger, source.Name, runId, trigger, Node);
        await store.AbandonStaleAsync(source.Name, runId, time.GetUtcNow(), cancellationToken);
        var asOf = settings.AsOf ?? DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), Zone(settings)).DateTime);
        var run = new SyncRunContext(runId, source.Name, asOf, store, pipeline, reconciliation, settings, time, logger);
        string outcome;
        string? error = null;
        try
        {
            await kind.RunAsync(source, run, cancellationToken);
            outcome = run.FilesRefused > 0 ? SyncOutcomes.Refused : SyncOutcomes.Succeeded;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            outcome = SyncOutcomes.Abandoned;
            error = "the process stopped during the run";
        }
        catch (Exception e)
        {
            outcome = SyncOutcomes.Failed;
            error = TransientFaults.Describe(e);
            SyncLog.Failed(logger, source.Name, runId, error);
        }

        var (streak, pausedNow) = await run.RetryAsync(
            async token => await store.FinishAsync(run, outcome, error, time.GetUtcNow(), settings.PauseAfterFailures, token), CancellationToken.None);
        SyncLog.Finished(logger, source.Name, runId, outcome, run.Files, run.RecordsApplied, run.RecordsQuarantined, run.FilesRefused, run.Attempts, watch.ElapsedMilliseconds);
        if (pausedNow)
        {
            SyncLog.Paused(logger, source.Name, streak);
        }

        return runId;
    }

    public static TimeZoneInfo Zone(SyncOptions options) => TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone);
}

using Polly;
using Thuiszitters.Gateway.Ingest;
using Thuiszitters.Gateway.Reconciliation;
using Thuiszitters.Gateway.Register.Entities;
using Thuiszitters.Gateway.Sync.Entities;

namespace Thuiszitters.Gateway.Sync;

/// <summary>
/// One run in progress, as a source kind sees it: applies a delivered file through the <see cref="DeliveryPipeline"/>
/// (ingest + incremental reconcile) with transient faults retried, keeps the run's counts, and records each file.
/// </summary>
internal sealed class SyncRunContext
{
    private readonly SyncRunStore store;
    private readonly DeliveryPipeline pipeline;
    private readonly RegisterReconciliation reconciliation;
    private readonly ResiliencePipeline resilience;
    private readonly TimeProvider time;

    public SyncRunContext(
        long runId, string source, DateOnly asOf, SyncRunStore store, DeliveryPipeline pipeline, RegisterReconciliation reconciliation,
        SyncOptions options, TimeProvider time, ILogger logger)
    {
        RunId = runId;
        Source = source;
        AsOf = asOf;
        this.store = store;
        this.pipeline = pipeline;
        this.reconciliation = reconciliation;
        this.time = time;
        resilience = TransientFaults.Pipeline(options, time, async (attempt, fault) =>
        {
            Attempts = Math.Max(Attempts, attempt);
            SyncLog.Retrying(logger, Source, RunId, attempt, fault is null ? "?" : TransientFaults.Describe(fault));
            try
            {
                await store.UpdateAsync(this, CancellationToken.None);
            }
            catch (Exception e) when (TransientFaults.IsTransient(e))
            {
                // The register is what is down: the attempts are written with the run's end.
            }
        });
    }

    public long RunId { get; }

    public string Source { get; }

    /// <summary>The reference date of the reconciliation after each delivery.</summary>
    public DateOnly AsOf { get; }

    public int FilesTotal { get; private set; }

    public int Files { get; private set; }

    public long RecordsRead { get; private set; }

    public long RecordsApplied { get; private set; }

    public long RecordsQuarantined { get; private set; }

    public int FilesRefused { get; private set; }

    public int PersonsChanged { get; private set; }

    public int ConflictsOpened { get; private set; }

    public int ConflictsResolved { get; private set; }

    /// <summary>Tries so far: 1, plus one per retry of a transient fault.</summary>
    public int Attempts { get; private set; } = 1;

    /// <summary>Runs <paramref name="work"/> with transient faults retried (counted in <see cref="Attempts"/>).</summary>
    public ValueTask<T> RetryAsync<T>(Func<CancellationToken, ValueTask<T>> work, CancellationToken cancellationToken) =>
        resilience.ExecuteAsync(work, cancellationToken);

    /// <summary>Says how many files the run will handle (the progress bar's whole).</summary>
    public async Task BeginFilesAsync(int count, CancellationToken cancellationToken)
    {
        FilesTotal = count;
        await RetryAsync(async token => { await store.UpdateAsync(this, token); return true; }, cancellationToken);
    }

    /// <summary>
    /// Applies one file: ingest and incremental reconcile, retried on transient faults. When a try failed after the
    /// ingest committed, the next finds the file already applied (a duplicate) and the persons it touched may not be
    /// reconciled yet: the register is then reconciled in full once.
    /// </summary>
    public async Task<(DeliveryResult Delivery, string Sha256, long Size)> ApplyFileAsync(string path, CancellationToken cancellationToken)
    {
        var (sha256, size) = await RetryAsync(
            async token => (await FileFingerprint.Sha256Async(path, token), new FileInfo(path).Length), cancellationToken);
        var faulted = false;
        var (delivery, summary, afterEvent) = await RetryAsync(
            async token =>
            {
                try
                {
                    var after = await store.LastConflictEventAsync(token);
                    var (result, reconciled) = await pipeline.ApplyAsync(path, AsOf, token);
                    if (faulted && result.Outcome == DeliveryOutcomes.Duplicate)
                    {
                        reconciled = await reconciliation.RunAsync(AsOf, token);
                    }

                    return (result, reconciled, after);
                }
                catch (Exception e) when (TransientFaults.IsTransient(e))
                {
                    faulted = true;
                    throw;
                }
            },
            cancellationToken);

        await CountAsync(delivery, summary?.RunId, afterEvent, cancellationToken);
        return (delivery, sha256, size);
    }

    /// <summary>
    /// Counts a pass of a kind that delivers no files of its own (the ROD corrections): <paramref name="files"/> are what it
    /// sent (batches to DUO), <paramref name="records"/> what it made (corrections proposed).
    /// </summary>
    public async Task CountPassAsync(int files, long records, CancellationToken cancellationToken)
    {
        FilesTotal += files;
        Files += files;
        RecordsRead += records;
        RecordsApplied += records;
        await RetryAsync(async token => { await store.UpdateAsync(this, token); return true; }, cancellationToken);
    }

    /// <summary>Where the conflict events stand before a delivery another part applied (see <see cref="RecordDeliveryAsync"/>).</summary>
    public ValueTask<long> ConflictEventMarkAsync(CancellationToken cancellationToken) =>
        RetryAsync(async token => await store.LastConflictEventAsync(token), cancellationToken);

    /// <summary>
    /// Counts and records a delivery the source's kind applied itself (a school's API export written and applied by the
    /// pull): its records, and what its reconciliation run changed after <paramref name="afterEvent"/>. It has no archive.
    /// </summary>
    public async Task RecordDeliveryAsync(
        DeliveryResult delivery, string sha256, long size, long? reconciliationRunId, long afterEvent, CancellationToken cancellationToken)
    {
        await CountAsync(delivery, reconciliationRunId, afterEvent, cancellationToken);
        await RecordFileAsync(delivery, sha256, size, null, cancellationToken);
    }

    private async Task CountAsync(DeliveryResult delivery, long? reconciliationRunId, long afterEvent, CancellationToken cancellationToken)
    {
        Files++;
        RecordsRead += delivery.RecordCount + delivery.QuarantinedCount;
        RecordsQuarantined += delivery.QuarantinedCount;
        if (delivery.Outcome == DeliveryOutcomes.Applied)
        {
            RecordsApplied += delivery.RecordCount;
        }

        if (IsRefusal(delivery.Outcome))
        {
            FilesRefused++;
        }

        if (reconciliationRunId is { } runId)
        {
            var (persons, opened, resolved) = await RetryAsync(
                async token => await store.ReconciliationChangesAsync(runId, afterEvent, token), cancellationToken);
            PersonsChanged += persons;
            ConflictsOpened += opened;
            ConflictsResolved += resolved;
        }
    }

    /// <summary>Records a handled file (and the run's counts so far).</summary>
    public async Task RecordFileAsync(DeliveryResult delivery, string sha256, long size, string? archivePath, CancellationToken cancellationToken)
    {
        var row = new SyncFileRow
        {
            RunId = RunId,
            Source = Source,
            FileName = delivery.FileName,
            Sha256 = sha256,
            Size = size,
            DeliveryId = delivery.DeliveryId,
            Outcome = delivery.Outcome,
            Reason = delivery.Reason,
            ErrorLine = delivery.ErrorLine,
            ErrorField = delivery.ErrorField,
            Records = delivery.RecordCount,
            Quarantined = delivery.QuarantinedCount,
            ArchivePath = archivePath,
            HandledAt = time.GetUtcNow(),
        };
        await RetryAsync(
            async token =>
            {
                await store.AddFileAsync(row, token);
                await store.UpdateAsync(this, token);
                return true;
            },
            cancellationToken);
    }

    /// <summary>A delivery outcome that refuses the file (it is kept in the archive's refused folder).</summary>
    public static bool IsRefusal(string outcome) => outcome is DeliveryOutcomes.Rejected or DeliveryOutcomes.BatchGap;
}

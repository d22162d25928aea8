using System.ComponentModel;
using Hangfire;
using Hangfire.Server;
using Microsoft.Extensions.Options;
using Thuiszitters.Gateway.Cases;

namespace Thuiszitters.Gateway.Sync;

/// <summary>
/// The Hangfire jobs: a source's scheduled run (its recurring job), a run a person asked for, the daily retention, and
/// the daily count snapshot.
/// A run's failure is recorded in <c>sync_runs</c> and does not fail the job: Hangfire retries nothing itself.
/// </summary>
/// <remarks>Public with a public constructor, as Hangfire activates and invokes it by reflection.</remarks>
[AutomaticRetry(Attempts = 0)]
public sealed class SyncJobs(IServiceProvider services)
{
    /// <summary>The recurring job of a source.</summary>
    public static string RecurringJobId(string source) => "sync:" + source;

    public const string RetentionJobId = "sync-retention";

    public const string CountSnapshotJobId = "count-snapshot";

    [DisplayName("Sync {0} (schema)")]
    public Task ScheduledAsync(string source, PerformContext? context, CancellationToken cancellationToken) =>
        Runner.RunAsync(source, SyncTriggers.Schedule, context?.BackgroundJob.Id, cancellationToken);

    [DisplayName("Sync {0} (nu uitvoeren)")]
    public Task ManualAsync(string source, PerformContext? context, CancellationToken cancellationToken) =>
        Runner.RunAsync(source, SyncTriggers.Manual, context?.BackgroundJob.Id, cancellationToken);

    [DisplayName("Sync {0} (opnieuw toepassen)")]
    public Task RetryAsync(string source, PerformContext? context, CancellationToken cancellationToken) =>
        Runner.RunAsync(source, SyncTriggers.Retry, context?.BackgroundJob.Id, cancellationToken);

    [DisplayName("Sync: oude runs opruimen")]
    public async Task RetentionAsync(CancellationToken cancellationToken)
    {
        var days = services.GetRequiredService<IOptions<SyncOptions>>().Value.RetentionDays;
        var before = services.GetRequiredService<TimeProvider>().GetUtcNow().AddDays(-days);
        var deleted = await services.GetRequiredService<SyncRunStore>().DeleteBeforeAsync(before, cancellationToken);
        var logger = services.GetRequiredService<ILogger<SyncJobs>>();
        SyncLog.RetentionDeleted(logger, deleted, before);
    }

    [DisplayName("Tellingen: dagelijkse momentopname")]
    public async Task CountSnapshotAsync(CancellationToken cancellationToken)
    {
        var day = await services.GetRequiredService<CountSnapshot>().TakeAsync(cancellationToken);
        var logger = services.GetRequiredService<ILogger<SyncJobs>>();
        SyncLog.CountSnapshotTaken(logger, day);
    }

    private SyncRunner Runner => services.GetRequiredService<SyncRunner>();
}

using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.Options;

namespace Thuiszitters.Gateway.Sync;

/// <summary>
/// At start: brings the recurring jobs in line with configuration (a job per source, added, changed or removed; the
/// retention job; the daily count snapshot), notes every configured source in <c>sync_sources</c>, and starts this process's Hangfire server.
/// Nothing of it happens when <see cref="SyncOptions.Enabled"/> is off or no source is configured (the tests, and a
/// process that only serves). The commands never build this host service (see <c>CliHost</c>).
/// </summary>
internal sealed class SyncServer(
    IServiceProvider services,
    IOptions<SyncOptions> options,
    IOptions<SourcesOptions> sources,
    SyncRunStore store,
    ILogger<SyncServer> logger) : IHostedService, IAsyncDisposable
{
    private readonly CancellationTokenSource stopping = new();
    private BackgroundJobServer? server;
    private Task scheduling = Task.CompletedTask;
    private bool disposed;

    /// <summary>Whether this process runs the jobs.</summary>
    public bool Running => server is not null;

    public static bool IsOn(SyncOptions options, SourcesOptions sources) => options.Enabled && sources.Items.Count > 0;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!IsOn(settings, sources.Value))
        {
            SyncLog.ServerOff(logger, settings.Enabled ? "no source configured" : "Sync:Enabled is false");
            return;
        }

        await store.EnsureSourcesAsync(sources.Value.Items.Select(s => s.Name), cancellationToken);
        var storage = services.GetRequiredService<JobStorage>();
        scheduling = ScheduleUntilDoneAsync(storage, services.GetRequiredService<IRecurringJobManager>(), settings);
        var serverOptions = new BackgroundJobServerOptions
        {
            ServerName = SyncRunner.Node,
            WorkerCount = settings.WorkerCount,
            SchedulePollingInterval = settings.PollInterval,
            HeartbeatInterval = TimeSpan.FromSeconds(Math.Clamp(settings.PollInterval.TotalSeconds * 5, 1, 30)),
            ServerCheckInterval = TimeSpan.FromSeconds(Math.Clamp(settings.PollInterval.TotalSeconds * 10, 2, 300)),
            ServerTimeout = TimeSpan.FromMinutes(1),
            Activator = new ServiceJobActivator(services.GetRequiredService<IServiceScopeFactory>()),
            StopTimeout = TimeSpan.FromSeconds(5),
            ShutdownTimeout = TimeSpan.FromSeconds(15),
        };
        server = new BackgroundJobServer(serverOptions, storage);
        SyncLog.ServerStarted(logger, serverOptions.ServerName, serverOptions.WorkerCount, sources.Value.Items.Count);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (disposed)
        {
            return;
        }

        await stopping.CancelAsync();
        await scheduling;
        if (server is null)
        {
            return;
        }

        server.SendStop();
        await server.WaitForShutdownAsync(cancellationToken);
    }

    /// <summary>Stops what is left; the container may dispose this before or instead of the host's stop.</summary>
    public async ValueTask DisposeAsync()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        await stopping.CancelAsync();
        await scheduling;
        server?.Dispose();
        server = null;
        stopping.Dispose();
    }

    /// <summary>
    /// Brings the recurring jobs in line, in the background and again until it succeeds: a storage lock left by a killed
    /// process (free again after <see cref="SyncOptions.LockTimeout"/>) must not stop this process from starting.
    /// </summary>
    private async Task ScheduleUntilDoneAsync(JobStorage storage, IRecurringJobManager manager, SyncOptions settings)
    {
        await Task.Yield();
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                Schedule(storage, manager, settings);
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                SyncLog.ScheduleRetry(logger, e.GetType().Name);
            }

            try
            {
                await Task.Delay(TimeSpan.FromSeconds(1), stopping.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private void Schedule(JobStorage storage, IRecurringJobManager manager, SyncOptions settings)
    {
        var zone = SyncRunner.Zone(settings);
        var wanted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var source in sources.Value.Items)
        {
            var id = SyncJobs.RecurringJobId(source.Name);
            wanted.Add(id);
            var name = source.Name;
            manager.AddOrUpdate<SyncJobs>(id, j => j.ScheduledAsync(name, null, CancellationToken.None), source.Schedule, new RecurringJobOptions { TimeZone = zone });
            SyncLog.Scheduled(logger, id, source.Schedule);
        }

        manager.AddOrUpdate<SyncJobs>(SyncJobs.RetentionJobId, j => j.RetentionAsync(CancellationToken.None), "17 3 * * *", new RecurringJobOptions { TimeZone = zone });
        manager.AddOrUpdate<SyncJobs>(SyncJobs.CountSnapshotJobId, j => j.CountSnapshotAsync(CancellationToken.None), settings.CountSnapshotSchedule, new RecurringJobOptions { TimeZone = zone });
        SyncLog.Scheduled(logger, SyncJobs.CountSnapshotJobId, settings.CountSnapshotSchedule);
        using var connection = storage.GetConnection();
        foreach (var job in connection.GetRecurringJobs())
        {
            if (job.Id.StartsWith("sync:", StringComparison.Ordinal) && !wanted.Contains(job.Id))
            {
                manager.RemoveIfExists(job.Id);
                SyncLog.Unscheduled(logger, job.Id);
            }
        }
    }
}

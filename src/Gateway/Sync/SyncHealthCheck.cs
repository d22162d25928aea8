using Hangfire;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Thuiszitters.Gateway.Sync;

/// <summary>
/// Ready when this process's Hangfire server (if it runs one) has sent a heartbeat to the storage within a minute; a
/// process without a server (sync off, no sources) has nothing to check.
/// </summary>
internal sealed class SyncHealthCheck(SyncServer server, IServiceProvider services, TimeProvider time) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!server.Running)
        {
            return Task.FromResult(HealthCheckResult.Healthy("no Hangfire server in this process"));
        }

        try
        {
            var servers = services.GetRequiredService<JobStorage>().GetMonitoringApi().Servers();
            var mine = servers.Where(s => s.Name.StartsWith(SyncRunner.Node, StringComparison.Ordinal)).ToList();
            var beat = mine.Select(s => s.Heartbeat).Where(h => h is not null).Max();
            if (beat is null)
            {
                return Task.FromResult(HealthCheckResult.Unhealthy("this process's Hangfire server has not reported"));
            }

            var age = time.GetUtcNow().UtcDateTime - DateTime.SpecifyKind(beat.Value, DateTimeKind.Utc);
            return Task.FromResult(age < TimeSpan.FromMinutes(1)
                ? HealthCheckResult.Healthy($"Hangfire heartbeat {age.TotalSeconds:0} s ago")
                : HealthCheckResult.Unhealthy($"Hangfire heartbeat {age.TotalSeconds:0} s ago"));
        }
        catch (Exception e) when (e is Npgsql.NpgsqlException or InvalidOperationException or TimeoutException)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("Hangfire storage not reachable: " + e.GetType().Name));
        }
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Thuiszitters.Gateway.Register;

namespace Thuiszitters.Gateway.Operations;

/// <summary>Ready when the register answers and every migration of this build is applied.</summary>
internal sealed class RegisterHealthCheck(IServiceScopeFactory scopes) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var register = scope.ServiceProvider.GetRequiredService<RegisterDbContext>();
            var pending = (await register.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            return pending.Count == 0
                ? HealthCheckResult.Healthy("register reachable, migrations applied")
                : HealthCheckResult.Unhealthy($"{pending.Count} migrations not applied");
        }
        catch (Exception e) when (e is Npgsql.NpgsqlException or InvalidOperationException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy("register not reachable: " + e.GetType().Name);
        }
    }
}

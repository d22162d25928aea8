using System.Text;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Thuiszitters.Gateway.Sync;

namespace Thuiszitters.Gateway.Operations;

/// <summary>
/// What an orchestrator and a monitor read: <c>/health/live</c> (the process answers), <c>/health/ready</c> (the register
/// answers with every migration applied, and this process's Hangfire server beats), and <c>/metrics</c> (Prometheus
/// text). Anonymous, as probes and scrapers are; none of them carries pupil data.
/// </summary>
internal static class OperationsEndpoints
{
    private const string Ready = "ready";

    public static WebApplicationBuilder AddOperations(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<SyncMetrics>();
        builder.Services.AddHealthChecks()
            .AddCheck<RegisterHealthCheck>("register", tags: [Ready])
            .AddCheck<SyncHealthCheck>("hangfire", tags: [Ready]);
        return builder;
    }

    public static WebApplication MapOperations(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(Ready), ResponseWriter = WriteReadyAsync }).AllowAnonymous();
        app.MapGet("/metrics", MetricsAsync).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> MetricsAsync(SyncMetrics metrics, CancellationToken cancellationToken)
    {
        var text = new StringBuilder();
        await metrics.WriteAsync(text, cancellationToken);
        return TypedResults.Text(text.ToString(), "text/plain; version=0.0.4; charset=utf-8");
    }

    private static Task WriteReadyAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsJsonAsync(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
        });
    }
}

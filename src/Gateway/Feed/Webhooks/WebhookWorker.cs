using Microsoft.Extensions.Options;

namespace Thuiszitters.Gateway.Feed.Webhooks;

/// <summary>
/// Runs the webhook outbox in the gateway process: a hosted service over the database-backed outbox (no job scheduler
/// needed; several processes may run it side by side, see <see cref="WebhookDispatcher"/>).
/// </summary>
internal sealed class WebhookWorker(WebhookDispatcher dispatcher, IOptions<WebhookOptions> options, TimeProvider clock, ILogger<WebhookWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var worked = false;
            try
            {
                worked = await dispatcher.RunOnceAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is Npgsql.NpgsqlException or InvalidOperationException or System.Net.Sockets.SocketException)
            {
                WebhookLog.PassFailed(logger, e);
            }

            if (!worked)
            {
                try
                {
                    await Task.Delay(options.Value.PollInterval, clock, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }
}

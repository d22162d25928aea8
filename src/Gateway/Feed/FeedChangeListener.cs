using Npgsql;

namespace Thuiszitters.Gateway.Feed;

/// <summary>
/// Keeps a connection listening on <see cref="FeedPageCache.Channel"/>: each notification (a change-log run or a
/// compaction committed, by any process) invalidates <see cref="FeedPageCache"/>. The cache is used only while this
/// connection is up; the connection is checked every <see cref="CheckInterval"/> and, when lost, opened again after
/// <see cref="RetryDelay"/>.
/// </summary>
internal sealed class FeedChangeListener(NpgsqlDataSource dataSource, FeedPageCache cache, TimeProvider clock, ILogger<FeedChangeListener> logger) : BackgroundService
{
    private static readonly TimeSpan CheckInterval = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is NpgsqlException or IOException or TimeoutException or InvalidOperationException)
            {
                FeedLog.ListenerFailed(logger, e);
                try
                {
                    await Task.Delay(RetryDelay, clock, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
            finally
            {
                cache.SetListening(false);
            }
        }
    }

    private async Task ListenAsync(CancellationToken stoppingToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(stoppingToken);
        connection.Notification += (_, _) => cache.Invalidate();
        await using (var listen = new NpgsqlCommand($"LISTEN {FeedPageCache.Channel}", connection))
        {
            await listen.ExecuteNonQueryAsync(stoppingToken);
        }

        cache.SetListening(true);
        FeedLog.Listening(logger);
        await using var check = new NpgsqlCommand("SELECT 1", connection);
        while (true)
        {
            if (!await connection.WaitAsync(CheckInterval, stoppingToken))
            {
                await check.ExecuteScalarAsync(stoppingToken);
            }
        }
    }
}

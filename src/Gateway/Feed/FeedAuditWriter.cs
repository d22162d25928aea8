using System.Threading.Channels;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;

namespace Thuiszitters.Gateway.Feed;

/// <summary>
/// Writes the feed's audit rows in batches (group commit): a read puts its row in a bounded queue and waits until the
/// row is committed; one writer takes whatever is waiting (up to <see cref="FeedOptions.AuditBatchSize"/>) and copies it
/// in with one binary <c>COPY</c>, then the next batch, so under load one write carries the rows of many reads.
/// </summary>
/// <remarks>
/// <para>No read leaves without its row: the answer is sent only after its row is committed, and a failed write fails
/// the reads of its batch (an error answer, no data). Nothing is dropped: a full queue
/// (<see cref="FeedOptions.AuditQueueCapacity"/>) makes further reads wait for room (back-pressure).</para>
/// <para>At shutdown the queue is closed (a read arriving after that gets an error, not data) and the writer writes
/// every row already queued before it stops; the host stops the web server, which lets running requests finish, before
/// this service.</para>
/// </remarks>
internal sealed class FeedAuditWriter : BackgroundService
{
    private const string Copy = """
        COPY feed_audit (at, api_key_id, api_key_name, gemeente, action, outcome, reason, pupil_count, pgns) FROM STDIN (FORMAT BINARY)
        """;

    private readonly NpgsqlDataSource dataSource;
    private readonly ILogger<FeedAuditWriter> logger;
    private readonly int batchSize;
    private readonly Channel<Pending> queue;

    public FeedAuditWriter(NpgsqlDataSource dataSource, IOptions<FeedOptions> options, ILogger<FeedAuditWriter> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.dataSource = dataSource;
        this.logger = logger;
        batchSize = options.Value.AuditBatchSize;
        queue = Channel.CreateBounded<Pending>(new BoundedChannelOptions(options.Value.AuditQueueCapacity)
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = true,
        });
    }

    /// <summary>Queues the row and returns when it is committed; throws when it could not be written.</summary>
    public async Task WriteAsync(FeedAuditEntry entry, CancellationToken cancellationToken)
    {
        var pending = new Pending(entry, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        await queue.Writer.WriteAsync(pending, cancellationToken);
        await pending.Written.Task.WaitAsync(cancellationToken);
    }

    public override Task StopAsync(CancellationToken cancellationToken)
    {
        queue.Writer.TryComplete();
        return base.StopAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Runs until the queue is closed and empty (StopAsync), not until stoppingToken: queued rows are written first.
        var batch = new List<Pending>(Math.Min(batchSize, 1024));
        while (await queue.Reader.WaitToReadAsync(CancellationToken.None))
        {
            while (batch.Count < batchSize && queue.Reader.TryRead(out var pending))
            {
                batch.Add(pending);
            }

            try
            {
                await CopyAsync(batch);
                batch.ForEach(p => p.Written.TrySetResult());
            }
            catch (Exception e) when (e is NpgsqlException or IOException or InvalidOperationException or TimeoutException)
            {
                FeedLog.AuditWriteFailed(logger, batch.Count, e);
                batch.ForEach(p => p.Written.TrySetException(e));
            }

            batch.Clear();
        }
    }

    private async Task CopyAsync(List<Pending> batch)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var importer = await connection.BeginBinaryImportAsync(Copy);
        foreach (var (entry, _) in batch)
        {
            await importer.StartRowAsync();
            await importer.WriteAsync(entry.At, NpgsqlDbType.TimestampTz);
            await WriteOrNullAsync(importer, entry.KeyId, NpgsqlDbType.Bigint);
            await WriteOrNullAsync(importer, entry.KeyName, NpgsqlDbType.Text);
            await importer.WriteAsync(entry.Gemeente, NpgsqlDbType.Text);
            await importer.WriteAsync(entry.Action, NpgsqlDbType.Text);
            await importer.WriteAsync(entry.Allowed ? "ALLOWED" : "REFUSED", NpgsqlDbType.Text);
            await WriteOrNullAsync(importer, entry.Reason, NpgsqlDbType.Text);
            await importer.WriteAsync(entry.Pgns.Length, NpgsqlDbType.Integer);
            await importer.WriteAsync(entry.Pgns, NpgsqlDbType.Array | NpgsqlDbType.Text);
        }

        await importer.CompleteAsync();
    }

    private static async Task WriteOrNullAsync<T>(NpgsqlBinaryImporter importer, T? value, NpgsqlDbType type)
    {
        if (value is null)
        {
            await importer.WriteNullAsync();
        }
        else
        {
            await importer.WriteAsync(value, type);
        }
    }

    private sealed record Pending(FeedAuditEntry Entry, TaskCompletionSource Written);
}

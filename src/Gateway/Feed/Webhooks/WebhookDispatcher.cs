using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Npgsql;
using Polly;

namespace Thuiszitters.Gateway.Feed.Webhooks;

/// <summary>
/// One pass of the webhook outbox: queue the new feed events of each subscription as messages, then send the due
/// messages, each subscription's oldest pending one first (so in order per subscription), retrying with exponential
/// backoff until <see cref="WebhookOptions.RetryLimit"/> after the first attempt, then dead-lettering.
/// </summary>
/// <remarks>
/// Safe with several gateway processes on one register: a subscription is queued and a message sent only under its
/// row lock, taken with <c>FOR UPDATE SKIP LOCKED</c>, so two processes never queue or send the same thing at once and
/// neither waits for the other. A message's body is fixed when queued: every attempt sends and signs the same bytes
/// under the same <c>webhook-id</c>, which a receiver uses to drop a repeat (delivery is at least once).
/// </remarks>
internal sealed class WebhookDispatcher(
    NpgsqlDataSource dataSource, FeedReader reader, IHttpClientFactory httpClients, IOptions<WebhookOptions> options, TimeProvider clock, ILogger<WebhookDispatcher> logger)
{
    public const string HttpClientName = "webhooks";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly ResiliencePipeline pipeline = new ResiliencePipelineBuilder()
        .AddTimeout(options.Value.Timeout)
        .Build();

    /// <returns>Whether the pass queued or sent anything (then the next pass follows at once).</returns>
    public async Task<bool> RunOnceAsync(CancellationToken cancellationToken)
    {
        var queued = await QueueAsync(cancellationToken);
        var sent = 0;
        while (sent < 50 && await SendNextAsync(cancellationToken))
        {
            sent++;
        }

        return queued || sent > 0;
    }

    private async Task<bool> QueueAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var due = new List<(Guid Id, string Gemeente, long Through)>();
        await using (var command = new NpgsqlCommand("""
            SELECT s.id, s.gemeente, s.queued_through FROM webhook_subscriptions s JOIN feed_gemeenten g ON g.gemeente = s.gemeente
            WHERE s.active AND s.queued_through < g.last_sequence
            FOR UPDATE OF s SKIP LOCKED
            """, connection, transaction))
        await using (var rows = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await rows.ReadAsync(cancellationToken))
            {
                due.Add((rows.GetGuid(0), rows.GetString(1), rows.GetInt64(2)));
            }
        }

        var now = clock.GetUtcNow();
        foreach (var (id, gemeente, through) in due)
        {
            var page = await reader.PageAsync(gemeente, through, options.Value.MaxItemsPerMessage, cancellationToken);
            if (page.Items.Count == 0)
            {
                continue;
            }

            var first = page.Items[0].Sequence;
            var last = page.Items[^1].Sequence;
            var body = JsonSerializer.Serialize(new WebhookMessage("leerplicht.feed.changes", now, new WebhookMessageData(gemeente, page.Items, page.NextCursor)), Json);
            await using var insert = new NpgsqlCommand("""
                INSERT INTO webhook_deliveries (subscription_id, message_id, first_sequence, last_sequence, items, body, state, attempts, created_at, next_attempt_at)
                VALUES (@id, @message, @first, @last, @items, @body, 'PENDING', 0, @now, @now);
                UPDATE webhook_subscriptions SET queued_through = @last WHERE id = @id
                """, connection, transaction);
            insert.Parameters.AddWithValue("id", id);
            insert.Parameters.AddWithValue("message", string.Create(System.Globalization.CultureInfo.InvariantCulture, $"msg_{id:N}_{first}_{last}"));
            insert.Parameters.AddWithValue("first", first);
            insert.Parameters.AddWithValue("last", last);
            insert.Parameters.AddWithValue("items", page.Items.Count);
            insert.Parameters.AddWithValue("body", body);
            insert.Parameters.AddWithValue("now", now);
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return due.Count > 0;
    }

    private async Task<bool> SendNextAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        long id;
        Guid subscription;
        string messageId, body, url, secret;
        int attempts, items;
        DateTimeOffset? firstAttempt;
        await using (var command = new NpgsqlCommand("""
            SELECT d.id, d.subscription_id, d.message_id, d.body, d.attempts, d.first_attempt_at, d.items, s.url, s.secret
            FROM webhook_deliveries d JOIN webhook_subscriptions s ON s.id = d.subscription_id
            WHERE d.state = 'PENDING' AND s.active AND d.next_attempt_at <= @now
              AND d.id = (SELECT min(x.id) FROM webhook_deliveries x WHERE x.subscription_id = d.subscription_id AND x.state = 'PENDING')
            ORDER BY d.next_attempt_at, d.id LIMIT 1
            FOR UPDATE OF d SKIP LOCKED
            """, connection, transaction))
        {
            command.Parameters.AddWithValue("now", now);
            await using var row = await command.ExecuteReaderAsync(cancellationToken);
            if (!await row.ReadAsync(cancellationToken))
            {
                return false;
            }

            (id, subscription, messageId, body, attempts) = (row.GetInt64(0), row.GetGuid(1), row.GetString(2), row.GetString(3), row.GetInt32(4));
            (firstAttempt, items, url, secret) = (row.IsDBNull(5) ? null : row.GetFieldValue<DateTimeOffset>(5), row.GetInt32(6), row.GetString(7), row.GetString(8));
        }

        var error = await PostAsync(url, secret, messageId, body, cancellationToken);
        attempts++;
        firstAttempt ??= now;
        var done = clock.GetUtcNow();
        string state;
        DateTimeOffset next = done;
        if (error is null)
        {
            state = "DELIVERED";
            WebhookLog.Delivered(logger, messageId, items, subscription, attempts);
        }
        else if (done - firstAttempt.Value >= options.Value.RetryLimit)
        {
            state = "DEAD";
            WebhookLog.DeadLettered(logger, messageId, subscription, attempts, error);
        }
        else
        {
            state = "PENDING";
            var backoff = options.Value.InitialBackoff * Math.Pow(2, Math.Min(attempts - 1, 30));
            next = Min(done + (backoff < options.Value.MaxBackoff ? backoff : options.Value.MaxBackoff), firstAttempt.Value + options.Value.RetryLimit);
            WebhookLog.Failed(logger, messageId, subscription, attempts, error, next);
        }

        await using (var update = new NpgsqlCommand("""
            UPDATE webhook_deliveries SET state = @state, attempts = @attempts, first_attempt_at = @first, next_attempt_at = @next,
              delivered_at = CASE WHEN @state = 'DELIVERED' THEN @done END, last_error = @error
            WHERE id = @id
            """, connection, transaction))
        {
            update.Parameters.AddWithValue("state", state);
            update.Parameters.AddWithValue("attempts", attempts);
            update.Parameters.AddWithValue("first", firstAttempt.Value);
            update.Parameters.AddWithValue("next", next);
            update.Parameters.AddWithValue("done", done);
            update.Parameters.Add(new NpgsqlParameter("error", NpgsqlTypes.NpgsqlDbType.Text) { Value = (object?)error ?? DBNull.Value });
            update.Parameters.AddWithValue("id", id);
            await update.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <returns>null when the receiver took the message (2xx); else what went wrong, without the URL's query or any content.</returns>
    private async Task<string?> PostAsync(string url, string secret, string messageId, string body, CancellationToken cancellationToken)
    {
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds();
        try
        {
            return await pipeline.ExecuteAsync(async token =>
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
                request.Headers.Add("webhook-id", messageId);
                request.Headers.Add("webhook-timestamp", timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
                request.Headers.Add("webhook-signature", WebhookSigner.Sign(secret, messageId, timestamp, body));
                request.Headers.UserAgent.Add(new ProductInfoHeaderValue("Thuiszitters-Gateway", "1"));
                using var client = httpClients.CreateClient(HttpClientName);
                using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, token);
                return response.IsSuccessStatusCode ? null : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"HTTP {(int)response.StatusCode}");
            }, cancellationToken);
        }
        catch (HttpRequestException e)
        {
            return "connection failed: " + (e.HttpRequestError.ToString());
        }
        catch (Polly.Timeout.TimeoutRejectedException)
        {
            return "timed out";
        }
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}

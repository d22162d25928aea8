using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Thuiszitters.Gateway.Feed.Webhooks;

/// <summary>
/// A gemeente's webhook subscriptions: make one (the secret is shown once), list them with their pending and dead
/// messages, list a subscription's messages, send a dead-lettered (or any) message again, and stop one.
/// </summary>
internal static class SubscriptionEndpoints
{
    public static RouteGroupBuilder MapSubscriptionEndpoints(this RouteGroupBuilder group)
    {
        group.MapPost("/subscriptions", CreateAsync).WithName("CreateSubscription").WithSummary("Push the gemeente's feed to a URL (Standard Webhooks)")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/subscriptions", ListAsync).WithName("ListSubscriptions").WithSummary("The gemeente's subscriptions")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/subscriptions/{id:guid}/deliveries", DeliveriesAsync).WithName("ListDeliveries").WithSummary("A subscription's messages, newest first; state=DEAD for the dead letters")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/subscriptions/{id:guid}/deliveries/{deliveryId:long}/redeliver", RedeliverAsync).WithName("Redeliver").WithSummary("Send a message again (its retries start afresh)")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapDelete("/subscriptions/{id:guid}", DeleteAsync).WithName("DeleteSubscription").WithSummary("Stop pushing to this subscription")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    private static async Task<Results<Created<SubscriptionCreated>, ProblemHttpResult>> CreateAsync(
        string code, SubscriptionRequest request, HttpContext http, NpgsqlDataSource dataSource, IOptions<WebhookOptions> options, TimeProvider clock, CancellationToken cancellationToken)
    {
        var caller = FeedAccess.For(http.User, code);
        if (!caller.Allowed)
        {
            return FeedProblems.NotFound();
        }

        if (WebhookUrlPolicy.Check(request.Url, options.Value.AllowLoopback) is { } reason)
        {
            return FeedProblems.BadParameter("url", reason);
        }

        long after = 0;
        if (!string.IsNullOrEmpty(request.Cursor) && !FeedCursor.TryDecode(request.Cursor, code, out after))
        {
            return FeedProblems.BadParameter("cursor", "cursor is not a cursor of this gemeente's feed");
        }

        var id = Guid.CreateVersion7(clock.GetUtcNow());
        var secret = WebhookSigner.NewSecret();
        await using var command = dataSource.CreateCommand("""
            INSERT INTO webhook_subscriptions (id, gemeente, url, secret, api_key_id, created_at, active, queued_through) VALUES ($1, $2, $3, $4, $5, $6, TRUE, $7)
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = id });
        command.Parameters.Add(new NpgsqlParameter { Value = code });
        command.Parameters.Add(new NpgsqlParameter { Value = request.Url! });
        command.Parameters.Add(new NpgsqlParameter { Value = secret });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)caller.KeyId ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter { Value = clock.GetUtcNow() });
        command.Parameters.Add(new NpgsqlParameter { Value = after });
        await command.ExecuteNonQueryAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/gemeenten/{code}/subscriptions/{id}", new SubscriptionCreated(id, secret));
    }

    private static async Task<Results<Ok<List<SubscriptionInfo>>, ProblemHttpResult>> ListAsync(
        string code, HttpContext http, NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        if (!FeedAccess.For(http.User, code).Allowed)
        {
            return FeedProblems.NotFound();
        }

        await using var command = dataSource.CreateCommand("""
            SELECT s.id, s.url, s.active, s.created_at, s.queued_through,
              (SELECT count(*) FROM webhook_deliveries d WHERE d.subscription_id = s.id AND d.state = 'PENDING'),
              (SELECT count(*) FROM webhook_deliveries d WHERE d.subscription_id = s.id AND d.state = 'DEAD')
            FROM webhook_subscriptions s WHERE s.gemeente = $1 ORDER BY s.created_at
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = code });
        var list = new List<SubscriptionInfo>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            list.Add(new SubscriptionInfo(reader.GetGuid(0), reader.GetString(1), reader.GetBoolean(2), reader.GetFieldValue<DateTimeOffset>(3), reader.GetInt64(4), reader.GetInt64(5), reader.GetInt64(6)));
        }

        return TypedResults.Ok(list);
    }

    /// <param name="code">The gemeente.</param>
    /// <param name="id">The subscription.</param>
    /// <param name="state">PENDING, DELIVERED or DEAD; absent for all.</param>
    /// <param name="http">The request.</param>
    /// <param name="dataSource">The register.</param>
    /// <param name="cancellationToken">The request's cancellation.</param>
    private static async Task<Results<Ok<List<DeliveryInfo>>, ProblemHttpResult>> DeliveriesAsync(
        string code, Guid id, string? state, HttpContext http, NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        if (!FeedAccess.For(http.User, code).Allowed)
        {
            return FeedProblems.NotFound();
        }

        if (state is not (null or "PENDING" or "DELIVERED" or "DEAD"))
        {
            return FeedProblems.BadParameter("state", "state must be PENDING, DELIVERED or DEAD");
        }

        await using var command = dataSource.CreateCommand("""
            SELECT d.id, d.message_id, d.first_sequence, d.last_sequence, d.items, d.state, d.attempts, d.created_at, d.first_attempt_at, d.next_attempt_at, d.delivered_at, d.last_error
            FROM webhook_deliveries d JOIN webhook_subscriptions s ON s.id = d.subscription_id
            WHERE s.id = $1 AND s.gemeente = $2 AND ($3::text IS NULL OR d.state = $3)
            ORDER BY d.id DESC LIMIT 1000
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = id });
        command.Parameters.Add(new NpgsqlParameter { Value = code });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)state ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        var list = new List<DeliveryInfo>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            list.Add(new DeliveryInfo(
                reader.GetInt64(0), reader.GetString(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt32(4), reader.GetString(5), reader.GetInt32(6),
                reader.GetFieldValue<DateTimeOffset>(7), reader.IsDBNull(8) ? null : reader.GetFieldValue<DateTimeOffset>(8), reader.GetFieldValue<DateTimeOffset>(9),
                reader.IsDBNull(10) ? null : reader.GetFieldValue<DateTimeOffset>(10), reader.IsDBNull(11) ? null : reader.GetString(11)));
        }

        return TypedResults.Ok(list);
    }

    private static async Task<Results<Accepted, ProblemHttpResult>> RedeliverAsync(
        string code, Guid id, long deliveryId, HttpContext http, NpgsqlDataSource dataSource, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!FeedAccess.For(http.User, code).Allowed)
        {
            return FeedProblems.NotFound();
        }

        await using var command = dataSource.CreateCommand("""
            UPDATE webhook_deliveries d SET state = 'PENDING', attempts = 0, first_attempt_at = NULL, next_attempt_at = $4, last_error = NULL
            FROM webhook_subscriptions s WHERE s.id = d.subscription_id AND s.id = $1 AND s.gemeente = $2 AND d.id = $3
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = id });
        command.Parameters.Add(new NpgsqlParameter { Value = code });
        command.Parameters.Add(new NpgsqlParameter { Value = deliveryId });
        command.Parameters.Add(new NpgsqlParameter { Value = clock.GetUtcNow() });
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1 ? TypedResults.Accepted((string?)null) : FeedProblems.NotFound();
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(
        string code, Guid id, HttpContext http, NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        if (!FeedAccess.For(http.User, code).Allowed)
        {
            return FeedProblems.NotFound();
        }

        await using var command = dataSource.CreateCommand("UPDATE webhook_subscriptions SET active = FALSE WHERE id = $1 AND gemeente = $2");
        command.Parameters.Add(new NpgsqlParameter { Value = id });
        command.Parameters.Add(new NpgsqlParameter { Value = code });
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1 ? TypedResults.NoContent() : FeedProblems.NotFound();
    }
}

using Microsoft.Extensions.Options;
using Npgsql;
using Thuiszitters.Connectors.DuoRod;

namespace Thuiszitters.Gateway.RodCorrections;

/// <summary>
/// Sends a school's proposed corrections to DUO and reads DUO's answer. The batch and its <c>Idempotency-Key</c> are
/// committed before anything is sent; every send of that batch (the retries of the HTTP pipeline, a later
/// <see cref="ResendPendingAsync"/> after a crash or a failure) carries the same key, so DUO makes one batch of it.
/// </summary>
internal sealed class RodSubmissionService(
    NpgsqlDataSource dataSource, IDuoRodApi duo, TimeProvider time, IOptions<DuoRodOptions> options, ILogger<RodSubmissionService> logger)
{
    public bool Configured => options.Value.BaseUrl is not null;

    /// <summary>Submits the proposed corrections of <paramref name="school"/>; the id of the stored batch, or null when there was nothing to submit.</summary>
    public async Task<long?> SubmitAsync(string school, string submittedBy, CancellationToken cancellationToken)
    {
        if (!Configured)
        {
            throw new InvalidOperationException("DuoRod:BaseUrl is not configured: corrections cannot be submitted");
        }

        long id;
        await using (var connection = await dataSource.OpenConnectionAsync(cancellationToken))
        await using (var transaction = await connection.BeginTransactionAsync(cancellationToken))
        {
            await using var create = new NpgsqlCommand(
                """
                WITH picked AS (
                    SELECT id FROM rod_corrections WHERE school = @school AND state = 'PROPOSED' ORDER BY id LIMIT @max FOR UPDATE SKIP LOCKED),
                batch AS (
                    INSERT INTO rod_submissions (school, idempotency_key, state, submitted_by, created_at, attempts)
                    SELECT @school, @key, 'SENDING', @by, @now, 0 WHERE EXISTS (SELECT 1 FROM picked) RETURNING id)
                UPDATE rod_corrections rc SET state = 'SUBMITTED', submission_id = batch.id FROM batch, picked WHERE rc.id = picked.id
                RETURNING batch.id
                """,
                connection,
                transaction);
            create.Parameters.AddWithValue("school", school);
            create.Parameters.AddWithValue("max", options.Value.MaxMutationsPerBatch);
            create.Parameters.AddWithValue("key", Guid.NewGuid());
            create.Parameters.AddWithValue("by", submittedBy);
            create.Parameters.AddWithValue("now", time.GetUtcNow());
            var result = await create.ExecuteScalarAsync(cancellationToken);
            if (result is not long batchId)
            {
                return null;
            }

            id = batchId;
            await transaction.CommitAsync(cancellationToken);
        }

        await SendAsync(id, cancellationToken);
        return id;
    }

    /// <summary>Sends again every batch DUO has not acknowledged yet, each with its own stored key.</summary>
    public async Task<int> ResendPendingAsync(CancellationToken cancellationToken)
    {
        var pending = new List<long>();
        await using (var command = dataSource.CreateCommand("SELECT id FROM rod_submissions WHERE state = 'SENDING' ORDER BY id"))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                pending.Add(reader.GetInt64(0));
            }
        }

        var sent = 0;
        foreach (var id in pending)
        {
            sent += await SendAsync(id, cancellationToken) ? 1 : 0;
        }

        return sent;
    }

    /// <summary>Asks DUO for the state of every sent batch and stores its answer per mutation. Returns the batches found processed.</summary>
    public async Task<int> PollAsync(CancellationToken cancellationToken)
    {
        var sent = new List<(long Id, string BatchId)>();
        await using (var command = dataSource.CreateCommand("SELECT id, duo_batch_id FROM rod_submissions WHERE state = 'SENT' ORDER BY id"))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                sent.Add((reader.GetInt64(0), reader.GetString(1)));
            }
        }

        var processed = 0;
        foreach (var (id, batchId) in sent)
        {
            var status = await duo.StatusAsync(batchId, cancellationToken);
            if (status.Status != RodBatchStatus.Processed)
            {
                continue;
            }

            await StoreAnswerAsync(id, status, cancellationToken);
            RodCorrectionLog.Processed(logger, batchId, status.Results.Count(r => r.Outcome == RodMutationResult.Accepted), status.Results.Count(r => r.Outcome == RodMutationResult.Rejected));
            processed++;
        }

        return processed;
    }

    private async Task<bool> SendAsync(long id, CancellationToken cancellationToken)
    {
        var (school, key, mutations) = await LoadAsync(id, cancellationToken);
        try
        {
            var receipt = await duo.SubmitAsync(key.ToString(), new RodMutationBatch(school, mutations), cancellationToken);
            await using var command = dataSource.CreateCommand(
                "UPDATE rod_submissions SET state = 'SENT', duo_batch_id = $2, sent_at = $3, attempts = attempts + 1, last_error = NULL WHERE id = $1 AND state = 'SENDING'");
            command.Parameters.Add(new() { Value = id });
            command.Parameters.Add(new() { Value = receipt.BatchId });
            command.Parameters.Add(new() { Value = time.GetUtcNow() });
            await command.ExecuteNonQueryAsync(cancellationToken);
            RodCorrectionLog.Sent(logger, school, id, mutations.Count, receipt.BatchId);
            return true;
        }
        catch (Exception e) when (e is HttpRequestException or Refit.ApiExceptionBase or Polly.Timeout.TimeoutRejectedException or Polly.CircuitBreaker.BrokenCircuitException or IOException)
        {
            // Refit wraps a fault before DUO's answer (connection refused, a timeout of the pipeline) with the request: name the fault.
            var fault = e is Refit.ApiRequestException { InnerException: { } inner } ? inner : e;
            var reason = fault is Refit.ApiException api ? FormattableString.Invariant($"DUO answered {(int)api.StatusCode}") : fault.GetType().Name;
            await using var command = dataSource.CreateCommand("UPDATE rod_submissions SET attempts = attempts + 1, last_error = $2 WHERE id = $1");
            command.Parameters.Add(new() { Value = id });
            command.Parameters.Add(new() { Value = reason });
            await command.ExecuteNonQueryAsync(cancellationToken);
            RodCorrectionLog.SendFailed(logger, school, id, reason);
            return false;
        }
    }

    private async Task<(string School, Guid Key, List<RodMutation> Mutations)> LoadAsync(long id, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            """
            SELECT s.school, s.idempotency_key, c.id, c.mutation, c.pgn, c.sequence_number, c.start_date, c.end_date
            FROM rod_submissions s JOIN rod_corrections c ON c.submission_id = s.id WHERE s.id = $1 ORDER BY c.id
            """);
        command.Parameters.Add(new() { Value = id });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var (school, key, mutations) = ("", Guid.Empty, new List<RodMutation>());
        while (await reader.ReadAsync(cancellationToken))
        {
            (school, key) = (reader.GetString(0), reader.GetGuid(1));
            mutations.Add(new RodMutation(
                reader.GetInt64(2).ToString(System.Globalization.CultureInfo.InvariantCulture),
                reader.GetString(3),
                reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetInt32(5),
                reader.GetFieldValue<DateOnly>(6),
                reader.IsDBNull(7) ? null : reader.GetFieldValue<DateOnly>(7)));
        }

        return (school, key, mutations);
    }

    private async Task StoreAnswerAsync(long id, RodBatchStatus status, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var now = time.GetUtcNow();
        foreach (var result in status.Results)
        {
            if (!long.TryParse(result.Reference, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var correction))
            {
                continue;
            }

            await using var update = new NpgsqlCommand(
                """
                UPDATE rod_corrections SET state = @state, signal_code = @code, signal_text = @text, answered_at = @now
                WHERE id = @id AND submission_id = @submission
                """,
                connection,
                transaction);
            update.Parameters.AddWithValue("state", result.Outcome == RodMutationResult.Accepted ? RodCorrectionStates.Accepted : RodCorrectionStates.Rejected);
            update.Parameters.AddWithValue("code", (object?)result.SignalCode ?? DBNull.Value);
            update.Parameters.AddWithValue("text", (object?)result.SignalText ?? DBNull.Value);
            update.Parameters.AddWithValue("now", now);
            update.Parameters.AddWithValue("id", correction);
            update.Parameters.AddWithValue("submission", id);
            await update.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var done = new NpgsqlCommand("UPDATE rod_submissions SET state = 'PROCESSED', processed_at = @now WHERE id = @id", connection, transaction))
        {
            done.Parameters.AddWithValue("now", now);
            done.Parameters.AddWithValue("id", id);
            await done.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }
}

using System.Globalization;
using Microsoft.Extensions.Logging;
using Npgsql;
using Thuiszitters.Connectors;
using Thuiszitters.Gateway.Register.Entities;

namespace Thuiszitters.Gateway.Ingest;

/// <summary>
/// Applies one delivered file to the register, loss-free: the file's facts, its quarantined records, the owner's
/// new state and the delivery row are written in one transaction, or nothing is. A refused file is recorded
/// afterwards, with its bytes, in a transaction of its own.
/// </summary>
internal sealed class DeliveryIngestor(NpgsqlDataSource dataSource, TimeProvider time, IngestOptions options, ILogger<DeliveryIngestor> logger)
{
    /// <summary>Starts a run of several deliveries (see <see cref="IngestRun"/>); the caller completes it.</summary>
    public Task<IngestRun> BeginRunAsync(IReadOnlyCollection<string> files, BulkMode bulk, CancellationToken cancellationToken) =>
        IngestRun.BeginAsync(dataSource, files, bulk, time, cancellationToken);

    /// <summary>Applies one file on its own: its commit is flushed before this returns.</summary>
    public Task<DeliveryResult> IngestFileAsync(string path, CancellationToken cancellationToken) =>
        IngestFileAsync(path, IngestRun.Single(dataSource), cancellationToken);

    /// <summary>
    /// Applies one file as part of <paramref name="run"/>, under the delivery id the run reserved for it (a file the run
    /// does not list takes the next one); tells the run when the delivery is committed.
    /// </summary>
    public async Task<DeliveryResult> IngestFileAsync(string path, IngestRun run, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var result = await ApplyAsync(path, run, cancellationToken);
        run.Delivered(path);
        return result with { Duration = time.GetElapsedTime(started) };
    }

    private async Task<DeliveryResult> ApplyAsync(string path, IngestRun run, CancellationToken cancellationToken)
    {
        var fileName = Path.GetFileName(path);
        var reservedId = run.DeliveryIdFor(path);
        var sha256 = await FileFingerprint.Sha256Async(path, cancellationToken);
        var receivedAt = time.GetUtcNow();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);

        if (!DropFileName.TryParse(fileName, out var name) || name is null)
        {
            var unknown = new DeliveryRow(fileName, sha256, DeliveryKinds.Unknown, null, null, null, null, receivedAt, DeliveryOutcomes.Rejected)
            {
                Reason = "the file name matches no source format",
                ErrorField = "file name",
            };
            return Logged(await RecordRefusalAsync(connection, run, path, "file:" + sha256, reservedId, unknown, cancellationToken));
        }

        var row = new DeliveryRow(fileName, sha256, SourceKindNames.For(name.Kind), name.Owner, name.Date, name.BatchNumber, null, receivedAt, DeliveryOutcomes.Applied);
        var lockKey = OwnerLock.KeyFor(name);
        var (result, refusal) = await TryApplyAsync(connection, run, path, name, lockKey, reservedId, row, cancellationToken);
        return Logged(result ?? await RecordRefusalAsync(connection, run, path, lockKey, reservedId, refusal!, cancellationToken));
    }

    private async Task<(DeliveryResult? Result, DeliveryRow? Refusal)> TryApplyAsync(
        NpgsqlConnection connection, IngestRun run, string path, DropFileName name, string lockKey, long? reservedId, DeliveryRow row,
        CancellationToken cancellationToken)
    {
        // The header says which plan applies: it is read first, so that the owner's state is read in the transaction's first batch.
        await using var stream = FileFingerprint.OpenSequential(path);
        using var records = SourceReader.Read(stream, row.FileName).GetEnumerator();
        var header = records.MoveNext() ? records.Current : null;
        IDeliveryPlan? plan = header switch
        {
            SchoolExportHeader school => new SchoolExportPlan(school),
            RodBatchHeader rod => new RodBatchPlan(rod),
            BrpHeader brp => new BrpPlan(brp),
            _ => null,
        };
        if (plan is null)
        {
            return (null, Refused(row, header as FileRejected ?? throw new InvalidOperationException($"{row.FileName}: the reader yielded no header.")));
        }

        row = row with { Owner = plan.Owner, FileDate = plan.FileDate, BatchNumber = plan.BatchNumber, BatchType = plan.BatchType };
        if (!string.Equals(plan.Owner, name.Owner, StringComparison.OrdinalIgnoreCase))
        {
            return (null, row with
            {
                Outcome = DeliveryOutcomes.Rejected,
                Reason = $"the file name names {name.Owner}, the file's header {plan.Owner}",
                ErrorLine = header!.Line,
            });
        }

        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var (deliveryId, duplicate, notApplied) = await BeginAsync(connection, transaction, run, lockKey, reservedId, row, plan, cancellationToken);
        if ((duplicate ?? (notApplied is null ? null : row with { Outcome = notApplied.Outcome, Reason = notApplied.Reason })) is { } unapplied)
        {
            await DeliveryStore.InsertAsync(connection, deliveryId, unapplied, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return (unapplied.ToResult(deliveryId), null);
        }

        try
        {
            var deferredPurge = await plan.PrepareAsync(connection, run.Bulk, cancellationToken);
            var quarantined = new List<QuarantinedRecord>();
            var writable = FactTables.WrittenBy(name.Kind);
            FactTable? checkedTable = null;
            long facts = 0;
            await using (var writer = new FactWriter(connection, options))
            {
                while (records.MoveNext())
                {
                    switch (records.Current)
                    {
                        case QuarantinedRecord record:
                            quarantined.Add(record);
                            break;
                        case FileRejected rejected:
                            await writer.DisposeAsync();
                            await transaction.RollbackAsync(cancellationToken);
                            return (null, Refused(row, rejected));
                        case var fact:
                            facts++;
                            if (plan.TargetFor(fact) is { } target)
                            {
                                if (!ReferenceEquals(target.Fact, checkedTable))
                                {
                                    // The run finishes a table once no file that can write it is left: the kinds must say so truly.
                                    checkedTable = writable.Contains(target.Fact)
                                        ? target.Fact
                                        : throw new InvalidOperationException($"{row.FileName}: a {name.Kind} file wrote to {target.Fact.Name}.");
                                }

                                await writer.WriteAsync(target, plan.Owner, deliveryId, fact, cancellationToken);
                            }

                            break;
                    }
                }

                await writer.CompleteAsync(cancellationToken);
            }

            await plan.FinishAsync(connection, cancellationToken);
            row = row with { RecordCount = facts, QuarantinedCount = quarantined.Count };
            await using (var batch = new NpgsqlBatch(connection, transaction))
            {
                batch.BatchCommands.Add(DeliveryStore.InsertCommand(deliveryId, row));
                batch.BatchCommands.Add(plan.RecordStateCommand(deliveryId));
                await batch.ExecuteNonQueryAsync(cancellationToken);
            }

            await QuarantineWriter.WriteAsync(connection, deliveryId, plan.Owner, row.Kind, quarantined, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            if (deferredPurge is not null)
            {
                run.DeferPurge(deferredPurge);
            }

            return (row.ToResult(deliveryId), null);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            // Only a complete ROD batch copies straight into keyed tables; the key values (a PGN) stay out of the reason.
            await transaction.RollbackAsync(cancellationToken);
            return (null, RepeatedKey(row, e.ConstraintName, e.TableName));
        }
        catch (RepeatedKeyException e)
        {
            await transaction.RollbackAsync(cancellationToken);
            return (null, RepeatedKey(row, e.ConstraintName, e.TableName));
        }
    }

    /// <summary>
    /// The transaction's first batch, one round trip: within a run of several, lets the commit not wait for the WAL flush
    /// (see <see cref="IngestRun"/>); takes the owner's lock; looks for an earlier delivery of the same file; takes a
    /// delivery id when the run reserved none; reads the owner's state. Returns the id, and the row that records this
    /// delivery as a duplicate, or why it is not applied; both null when it is to be applied.
    /// </summary>
    private static async Task<(long DeliveryId, DeliveryRow? Duplicate, NotApplied? NotApplied)> BeginAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, IngestRun run, string lockKey, long? reservedId, DeliveryRow row,
        IDeliveryPlan plan, CancellationToken cancellationToken)
    {
        await using var batch = LockAndFindDuplicateBatch(connection, transaction, run, lockKey, row);
        var duplicateCheck = batch.BatchCommands.Count - 1;
        if (reservedId is null)
        {
            batch.BatchCommands.Add(DeliveryStore.NextIdCommand());
        }

        batch.BatchCommands.Add(plan.StateCommand());
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        var duplicate = await ReadDuplicateAsync(reader, duplicateCheck, row, cancellationToken);
        var id = reservedId ?? await NextIdAsync(reader, cancellationToken);
        await reader.NextResultAsync(cancellationToken);
        return duplicate is null ? (id, null, await plan.CheckAsync(reader, cancellationToken)) : (id, duplicate, null);
    }

    private static async Task<long> NextIdAsync(NpgsqlDataReader reader, CancellationToken cancellationToken)
    {
        await reader.NextResultAsync(cancellationToken);
        return await Sql.ScalarAsync<long>(reader, cancellationToken) ?? throw new InvalidOperationException("nextval returned no id");
    }

    private static async Task<DeliveryResult> RecordRefusalAsync(
        NpgsqlConnection connection, IngestRun run, string path, string lockKey, long? reservedId, DeliveryRow refusal, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        DeliveryRow? duplicate;
        await using (var batch = LockAndFindDuplicateBatch(connection, transaction, run, lockKey, refusal))
        await using (var reader = await batch.ExecuteReaderAsync(cancellationToken))
        {
            duplicate = await ReadDuplicateAsync(reader, batch.BatchCommands.Count - 1, refusal, cancellationToken);
        }

        if (duplicate is not null)
        {
            var duplicateId = await DeliveryStore.InsertAsync(connection, reservedId, duplicate, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return duplicate.ToResult(duplicateId);
        }

        var id = await DeliveryStore.InsertAsync(connection, reservedId, refusal with { RecordCount = 0, QuarantinedCount = 0 }, cancellationToken);
        await DeliveryStore.StoreRejectedContentAsync(connection, id, path, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return refusal.ToResult(id);
    }

    /// <summary>
    /// A batch that, within a run of several, lets the commit not wait for the WAL flush (see <see cref="IngestRun"/>), takes
    /// the owner's lock, and looks for an earlier delivery of the same file: its last statement, so far.
    /// </summary>
    private static NpgsqlBatch LockAndFindDuplicateBatch(NpgsqlConnection connection, NpgsqlTransaction transaction, IngestRun run, string lockKey, DeliveryRow row)
    {
        var batch = new NpgsqlBatch(connection, transaction);
        if (run.AsynchronousCommit)
        {
            batch.BatchCommands.Add(new NpgsqlBatchCommand("SELECT set_config('synchronous_commit', 'off', true)"));
        }

        batch.BatchCommands.Add(OwnerLock.Command(lockKey));
        batch.BatchCommands.Add(DeliveryStore.FindFinalCommand(row.FileName, row.Sha256));
        return batch;
    }

    /// <summary>
    /// Moves <paramref name="reader"/> to the duplicate check's result (statement <paramref name="duplicateCheck"/> of the
    /// batch) and reads it: the row that records this delivery as a duplicate of the earlier one, or null.
    /// </summary>
    private static async Task<DeliveryRow?> ReadDuplicateAsync(NpgsqlDataReader reader, int duplicateCheck, DeliveryRow row, CancellationToken cancellationToken)
    {
        for (var skip = duplicateCheck; skip > 0; skip--)
        {
            await reader.NextResultAsync(cancellationToken);
        }

        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        var (earlierId, earlierFile, earlierOutcome) = (reader.GetInt64(0), reader.GetString(1), reader.GetString(2));
        return row with
        {
            Outcome = DeliveryOutcomes.Duplicate,
            Reason = string.Create(CultureInfo.InvariantCulture, $"same content as delivery {earlierId} ({earlierFile}, {earlierOutcome}); nothing changed"),
            ErrorLine = null,
            ErrorField = null,
            RecordCount = 0,
            QuarantinedCount = 0,
        };
    }

    private static DeliveryRow RepeatedKey(DeliveryRow row, string? constraint, string? table) => row with
    {
        Outcome = DeliveryOutcomes.Rejected,
        Reason = $"two records with the same key ({constraint}); a complete batch lists each key once",
        ErrorField = table,
    };

    private static DeliveryRow Refused(DeliveryRow row, FileRejected rejected) => row with
    {
        Outcome = DeliveryOutcomes.Rejected,
        Reason = rejected.Reason,
        ErrorLine = rejected.Line == 0 ? null : rejected.Line,
        ErrorField = rejected.Field,
    };

    private DeliveryResult Logged(DeliveryResult result)
    {
        if (result.Outcome is DeliveryOutcomes.Applied or DeliveryOutcomes.Duplicate or DeliveryOutcomes.Superseded or DeliveryOutcomes.BatchAlreadyApplied)
        {
            IngestLog.Applied(logger, result.FileName, result.Outcome, result.RecordCount, result.QuarantinedCount);
        }
        else
        {
            IngestLog.Refused(logger, result.FileName, result.Outcome, result.ErrorLine, result.ErrorField, result.Reason);
        }

        return result;
    }
}

using Npgsql;
using Thuiszitters.Connectors;

namespace Thuiszitters.Gateway.Ingest;

/// <summary>
/// How one delivery of one owner is applied, inside the delivery's transaction and under the owner's lock:
/// check the owner's state, prepare (clear what the delivery replaces, or create staging tables), take the facts,
/// then finish (merge) and record the new state. The state is read, and the new one recorded, by statements the
/// ingest sends in a batch with its own (lock, duplicate check; the delivery row), one round trip each.
/// </summary>
internal interface IDeliveryPlan
{
    /// <summary>School code, ROD recipient or gemeentecode, as the file's header gives it.</summary>
    string Owner { get; }

    /// <summary>Export or extract date; for ROD the batch's creation date.</summary>
    DateOnly FileDate { get; }

    long? BatchNumber { get; }

    string? BatchType { get; }

    /// <summary>The statement that reads the owner's state, locking it: one row, or none before the owner's first delivery.</summary>
    NpgsqlBatchCommand StateCommand();

    /// <summary>Judges the state <see cref="StateCommand"/> read (<paramref name="reader"/> is at its result); null when the delivery is to be applied.</summary>
    Task<NotApplied?> CheckAsync(NpgsqlDataReader reader, CancellationToken cancellationToken);

    /// <summary>
    /// Clears what the delivery replaces or creates staging tables. In a <paramref name="bulk"/> run (fact tables without
    /// indexes) a plan may leave the replaced rows in place (readers take only the owner's current delivery) and returns
    /// their table, for the run to purge in one pass at its end.
    /// </summary>
    Task<string?> PrepareAsync(NpgsqlConnection connection, bool bulk, CancellationToken cancellationToken);

    /// <summary>The table a fact goes to; null for a fact that is read but not stored.</summary>
    FactTarget? TargetFor(SourceRecord record);

    /// <summary>What is left to do with the facts once they are in (a ROD batch's merges and checks), before the state is recorded.</summary>
    Task FinishAsync(NpgsqlConnection connection, CancellationToken cancellationToken);

    /// <summary>The statement that records the owner's new state: this delivery applied (its row is written in the same batch, first).</summary>
    NpgsqlBatchCommand RecordStateCommand(long deliveryId);
}

using Npgsql;
using Thuiszitters.Connectors;

namespace Thuiszitters.Gateway.Ingest;

/// <summary>
/// How one delivery of one owner is applied, inside the delivery's transaction and under the owner's lock:
/// check the owner's state, prepare (clear what the delivery replaces, or create staging tables), take the facts,
/// then finish (merge, record the new state).
/// </summary>
internal interface IDeliveryPlan
{
    /// <summary>School code, ROD recipient or gemeentecode, as the file's header gives it.</summary>
    string Owner { get; }

    /// <summary>Export or extract date; for ROD the batch's creation date.</summary>
    DateOnly FileDate { get; }

    long? BatchNumber { get; }

    string? BatchType { get; }

    /// <summary>Reads the owner's state (locking it); null when the delivery is to be applied.</summary>
    Task<NotApplied?> CheckAsync(NpgsqlConnection connection, CancellationToken cancellationToken);

    /// <summary>
    /// Clears what the delivery replaces or creates staging tables. In a <paramref name="bulk"/> run (fact tables without
    /// indexes) a plan may leave the replaced rows in place (readers take only the owner's current delivery) and returns
    /// their table, for the run to purge in one pass at its end.
    /// </summary>
    Task<string?> PrepareAsync(NpgsqlConnection connection, bool bulk, CancellationToken cancellationToken);

    /// <summary>The table a fact goes to; null for a fact that is read but not stored.</summary>
    FactTarget? TargetFor(SourceRecord record);

    Task FinishAsync(NpgsqlConnection connection, long deliveryId, CancellationToken cancellationToken);
}

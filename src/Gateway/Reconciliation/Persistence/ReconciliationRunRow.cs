namespace Thuiszitters.Gateway.Reconciliation.Persistence;

/// <summary>One reconciliation of the register: full, or incremental over the persons a delivery touched.</summary>
internal sealed class ReconciliationRunRow
{
    public long Id { get; set; }

    public DateOnly AsOf { get; set; }

    public required string Mode { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }

    public int Persons { get; set; }

    /// <summary>
    /// States the run wrote (new or changed; an incremental run keeps the others as they were): what a sync run reports
    /// as persons changed, without counting <c>pupil_states</c> by run (which has no index for it). Null for runs before
    /// it was kept.
    /// </summary>
    public int? StatesWritten { get; set; }

    public int OpenConflicts { get; set; }
}

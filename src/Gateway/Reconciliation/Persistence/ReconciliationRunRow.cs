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

    public int OpenConflicts { get; set; }
}

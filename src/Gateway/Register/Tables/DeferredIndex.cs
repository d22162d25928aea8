namespace Thuiszitters.Gateway.Register.Entities;

/// <summary>
/// An index of a fact table that a bulk ingest dropped, with the statement that builds it again. The row is written in
/// the transaction that drops the index and deleted in the one that rebuilds it, so a run that dies in between leaves
/// the statement here for the next run to finish the job.
/// </summary>
internal sealed class DeferredIndex
{
    public required string Name { get; set; }

    public required string TableName { get; set; }

    /// <summary>A complete statement: <c>CREATE INDEX ...</c>, or <c>ALTER TABLE ... ADD CONSTRAINT ... PRIMARY KEY ...</c>.</summary>
    public required string Definition { get; set; }

    public DateTimeOffset DroppedAt { get; set; }
}

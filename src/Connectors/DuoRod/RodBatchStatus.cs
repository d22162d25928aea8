namespace Thuiszitters.Connectors.DuoRod;

/// <summary>The state of a submitted batch: <c>ONTVANGEN</c> (no results yet) or <c>VERWERKT</c> with one result per mutation.</summary>
public sealed record RodBatchStatus(string BatchId, string Status, IReadOnlyList<RodMutationResult> Results)
{
    public const string Received = "ONTVANGEN";
    public const string Processed = "VERWERKT";
}

namespace Thuiszitters.Gateway.Register.Entities;

/// <summary>The values of <c>deliveries.outcome</c>.</summary>
internal static class DeliveryOutcomes
{
    /// <summary>Its facts are in the register.</summary>
    public const string Applied = "APPLIED";

    /// <summary>The file broke its contract; nothing of it applied, its bytes are in <c>rejected_files</c>.</summary>
    public const string Rejected = "REJECTED";

    /// <summary>The same bytes were applied or rejected before; nothing happened.</summary>
    public const string Duplicate = "DUPLICATE";

    /// <summary>A school export or BRP extract not newer than the one applied; not applied.</summary>
    public const string Superseded = "SUPERSEDED";

    /// <summary>A ROD batch whose number was applied before; a harmless no-op.</summary>
    public const string BatchAlreadyApplied = "BATCH_ALREADY_APPLIED";

    /// <summary>A ROD partial batch that does not follow the last applied one; refused, a new C delivery is needed.</summary>
    public const string BatchGap = "BATCH_GAP";

    public static IReadOnlyList<string> All { get; } =
        [Applied, Rejected, Duplicate, Superseded, BatchAlreadyApplied, BatchGap];
}

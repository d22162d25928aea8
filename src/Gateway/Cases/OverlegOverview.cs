namespace Thuiszitters.Gateway.Cases;

/// <summary>One 8-weekly overview of a gemeente with its cases; <see cref="PreviousId"/> is the overview it was compared with.</summary>
public sealed record OverlegOverview(
    long Id,
    string Gemeente,
    DateOnly HeldOn,
    DateOnly AsOf,
    string CreatedBy,
    DateTimeOffset CreatedAt,
    bool OfficerListSupplied,
    long? PreviousId,
    IReadOnlyList<OverlegCase> Cases);

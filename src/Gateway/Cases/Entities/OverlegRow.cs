namespace Thuiszitters.Gateway.Cases.Entities;

/// <summary>One 8-weekly overview of a gemeente (<c>overleg_overviews</c>): the open cases as they stood, kept.</summary>
internal sealed class OverlegRow
{
    public long Id { get; set; }

    public required string Gemeente { get; set; }

    public DateOnly HeldOn { get; set; }

    public DateOnly AsOf { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public required string CreatedBy { get; set; }

    /// <summary>Whether the officer's own list was compared.</summary>
    public bool OfficerListSupplied { get; set; }
}

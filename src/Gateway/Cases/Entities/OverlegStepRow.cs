namespace Thuiszitters.Gateway.Cases.Entities;

/// <summary>The next step agreed for a case in an overleg (<c>overleg_steps</c>): what, who, by when; shown at the next one.</summary>
internal sealed class OverlegStepRow
{
    public long Id { get; set; }

    public long OverviewId { get; set; }

    public required string PersonKey { get; set; }

    public required string What { get; set; }

    public required string Who { get; set; }

    public DateOnly? DueDate { get; set; }

    public required string RecordedBy { get; set; }

    public DateTimeOffset RecordedAt { get; set; }
}

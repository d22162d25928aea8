namespace Thuiszitters.Gateway.Conflicts;

/// <summary>One step in a conflict's history: raised, resolved by the facts, reopened, acknowledged or dismissed.</summary>
internal sealed class ConflictEventRow
{
    public long Id { get; set; }

    public long ConflictId { get; set; }

    public DateTimeOffset At { get; set; }

    public required string Action { get; set; }

    public required string Actor { get; set; }

    public string? Reason { get; set; }
}

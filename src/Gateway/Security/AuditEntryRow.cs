namespace Thuiszitters.Gateway.Security;

/// <summary>Who read which pupil's data, when and why (AVG). Written for every read of pupil data.</summary>
internal sealed class AuditEntryRow
{
    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    public required string Actor { get; set; }

    public required string Role { get; set; }

    public string? Organisation { get; set; }

    public required string Action { get; set; }

    public string? Pgn { get; set; }

    public required string Purpose { get; set; }

    /// <summary>For a list view: every pupil the list showed, in one entry (<see cref="Pgn"/> is then null).</summary>
    public string[]? Pgns { get; set; }
}

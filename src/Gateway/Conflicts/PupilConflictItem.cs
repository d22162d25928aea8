namespace Thuiszitters.Gateway.Conflicts;

/// <summary>A conflict in a list, with the party that must act and the due date.</summary>
public sealed record PupilConflictItem(
    long Id, string Code, string? Pgn, string? SourceKey, string? School, DateOnly? Date, string State, string Acts, DateOnly? DueDate, bool Escalated, string Detail);

namespace Thuiszitters.Gateway.Cases;

/// <summary>A conflict about the pupil with its acting party, due date and state.</summary>
public sealed record CaseConflict(long Id, string Code, string? School, DateOnly? Date, string State, string Acts, DateOnly? DueDate, bool Escalated, string Detail);

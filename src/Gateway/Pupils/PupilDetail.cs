namespace Thuiszitters.Gateway.Pupils;

/// <summary>One pupil with the conflicts about them and the facts the conclusion rests on, each with its source.</summary>
public sealed record PupilDetail(PupilSummary Pupil, IReadOnlyList<PupilConflict> Conflicts, IReadOnlyList<PupilFactLine> Facts);

/// <summary>A conflict as the pupil page shows it.</summary>
public sealed record PupilConflict(long Id, string Code, string? School, DateOnly? Date, string State, string Acts, DateOnly? DueDate, bool Escalated, string Detail);

/// <summary>One fact and where it came from (file and line).</summary>
public sealed record PupilFactLine(string Kind, string Source, string Description, string File, long Line);

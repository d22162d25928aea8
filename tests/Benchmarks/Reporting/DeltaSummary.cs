namespace Thuiszitters.Benchmarks.Reporting;

/// <summary>The weekly delta the incremental stage applied: its batch, the persons it touched and its records.</summary>
internal sealed record DeltaSummary(string File, long BatchNumber, int TouchedPersons, int EndedEnrolments, int NewReports);

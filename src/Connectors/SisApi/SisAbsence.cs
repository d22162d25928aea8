namespace Thuiszitters.Connectors.SisApi;

/// <summary>One pupil's absence on one day as the school-system API gives it (schema <c>Absence</c>; a row of <c>verzuim_*.csv</c>).</summary>
public sealed record SisAbsence(string StudentNumber, string? Bsn, string? EducationNumber, DateOnly Date, decimal Hours, string Code);

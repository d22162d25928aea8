namespace Thuiszitters.Gateway.SisApi.Entities;

/// <summary>The latest item the API gave for one pupil of a school (<c>sis_students</c>); the school's export is built from these.</summary>
internal sealed class SisStudentRow
{
    public string School { get; set; } = "";

    public string StudentNumber { get; set; } = "";

    /// <summary>The item as JSON (personal data: never logged).</summary>
    public string Payload { get; set; } = "";

    public DateTimeOffset ChangedAt { get; set; }
}

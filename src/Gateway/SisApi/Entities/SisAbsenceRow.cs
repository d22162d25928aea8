namespace Thuiszitters.Gateway.SisApi.Entities;

/// <summary>One absence day the API gave (<c>sis_absences</c>), with the run that last saw it (a complete window read removes the days it did not see).</summary>
internal sealed class SisAbsenceRow
{
    public string School { get; set; } = "";

    public string StudentNumber { get; set; } = "";

    public DateOnly Date { get; set; }

    public string Code { get; set; } = "";

    public string Payload { get; set; } = "";

    public long SeenRun { get; set; }
}

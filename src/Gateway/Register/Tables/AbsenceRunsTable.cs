namespace Thuiszitters.Gateway.Register.Entities;

/// <summary>The table <c>absence_runs</c> (a pupil's consecutive absence days, as <see cref="AbsenceRun"/>): its name and columns, declared once here.</summary>
internal static class AbsenceRunsTable
{
    public const string Name = "absence_runs";

    public static FactTableSchema Schema { get; } = new(
        Name,
        "school",
        ["stamnummer", "bsn", "onderwijsnummer", "dates", "hours", "codes"]);
}

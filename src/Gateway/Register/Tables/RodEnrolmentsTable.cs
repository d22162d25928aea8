namespace Thuiszitters.Gateway.Register.Entities;

/// <summary>The table <c>rod_enrolments</c> (ROD's enrolments, as <see cref="RodEnrolment"/>): its name and columns, declared once here.</summary>
internal static class RodEnrolmentsTable
{
    public const string Name = "rod_enrolments";

    public static FactTableSchema Schema { get; } = new(
        Name,
        "recipient",
        ["pgn", "school", "volgnummer", "begin_date", "end_date", "sector", "mutatie"]);
}

namespace Thuiszitters.Gateway.Register.Entities;

/// <summary>The table <c>thuiszitter_registrations</c> (a school's thuiszitter registrations, as <see cref="ThuiszitterRegistration"/>): its name and columns, declared once here.</summary>
internal static class ThuiszitterRegistrationsTable
{
    public const string Name = "thuiszitter_registrations";

    public static FactTableSchema Schema { get; } = new(
        Name,
        "school",
        ["bsn", "onderwijsnummer", "start_date", "end_date", "reden", "aanbod", "plan", "regiehouder", "gemeld_op"]);
}

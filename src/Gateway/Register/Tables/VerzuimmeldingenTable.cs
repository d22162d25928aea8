namespace Thuiszitters.Gateway.Register.Entities;

/// <summary>The table <c>verzuimmeldingen</c> (ROD's verzuimmeldingen, as <see cref="Verzuimmelding"/>): its name and columns, declared once here.</summary>
internal static class VerzuimmeldingenTable
{
    public const string Name = "verzuimmeldingen";

    public static FactTableSchema Schema { get; } = new(
        Name,
        "recipient",
        ["meldingsnummer", "pgn", "school", "soort", "begin_date", "end_date", "status", "reden_ingetrokken"]);
}

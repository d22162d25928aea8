namespace Thuiszitters.Gateway.Register.Entities;

/// <summary>The table <c>vrijstellingen</c> (ROD's vrijstellingen, as <see cref="Vrijstelling"/>): its name and columns, declared once here.</summary>
internal static class VrijstellingenTable
{
    public const string Name = "vrijstellingen";

    public static FactTableSchema Schema { get; } = new(
        Name,
        "recipient",
        ["pgn", "artikel", "begin_date", "end_date", "gemeente"]);
}

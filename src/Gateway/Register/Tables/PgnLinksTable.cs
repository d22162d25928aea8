namespace Thuiszitters.Gateway.Register.Entities;

/// <summary>The table <c>pgn_links</c> (ROD's links of an onderwijsnummer to a BSN, as <see cref="PgnLink"/>): its name and columns, declared once here.</summary>
internal static class PgnLinksTable
{
    public const string Name = "pgn_links";

    public static FactTableSchema Schema { get; } = new(
        Name,
        "recipient",
        ["bsn", "onderwijsnummer"]);
}

namespace Thuiszitters.Gateway.Register.Entities;

/// <summary>The table <c>rod_persons</c> (ROD's persons, as <see cref="RodPerson"/>): its name and columns, declared once here.</summary>
internal static class RodPersonsTable
{
    public const string Name = "rod_persons";

    public static FactTableSchema Schema { get; } = new(
        Name,
        "recipient",
        ["pgn", "birth_year", "birth_month", "birth_day", "achternaam", "voorvoegsel", "voornamen", "gemeente",
            "postcode", "startkwalificatie"]);
}

namespace Thuiszitters.Gateway.Register.Entities;

/// <summary>The table <c>residents</c> (a gemeente's BRP residents, as <see cref="Resident"/>): its name and columns, declared once here.</summary>
internal static class ResidentsTable
{
    public const string Name = "residents";

    public static FactTableSchema Schema { get; } = new(
        Name,
        "gemeente",
        ["bsn", "birth_year", "birth_month", "birth_day", "achternaam", "voorvoegsel", "voornamen", "postcode",
            "datum_vestiging", "datum_vertrek"]);
}

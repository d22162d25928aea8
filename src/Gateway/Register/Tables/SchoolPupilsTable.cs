namespace Thuiszitters.Gateway.Register.Entities;

/// <summary>The table <c>school_pupils</c> (a pupil of a school's latest pupils export, as <see cref="SchoolPupil"/>): its name and columns, declared once here.</summary>
internal static class SchoolPupilsTable
{
    public const string Name = "school_pupils";

    public static FactTableSchema Schema { get; } = new(
        Name,
        "school",
        ["source_key", "bsn", "onderwijsnummer", "achternaam", "voorvoegsel", "voornamen", "voorletters", "roepnaam",
            "birth_year", "birth_month", "birth_day", "geslacht", "postcode", "gemeente", "begin_date", "end_date",
            "reason", "destination"]);
}

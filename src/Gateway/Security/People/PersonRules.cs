using System.Text.RegularExpressions;

namespace Thuiszitters.Gateway.Security.People;

/// <summary>What a person's fields may hold; each check returns the Dutch reason, or null when the value is fine.</summary>
internal static partial class PersonRules
{
    public const int MaxUserName = 64;
    public const int MaxDisplayName = 100;
    public const int MaxOrganisation = 32;
    public const int MinPassword = 12;
    public const int MaxPassword = 128;
    public const int MaxSchools = 200;

    public static string? UserName(string? value) =>
        string.IsNullOrWhiteSpace(value) ? "een gebruikersnaam is verplicht"
        : !UserNamePattern().IsMatch(value) ? $"een gebruikersnaam is 2 tot {MaxUserName} tekens: letters, cijfers, punt, streepje, liggend streepje of @"
        : null;

    public static string? DisplayName(string? value) =>
        string.IsNullOrWhiteSpace(value) ? "een naam is verplicht"
        : value.Length > MaxDisplayName || value.Any(char.IsControl) ? $"een naam is ten hoogste {MaxDisplayName} tekens, zonder stuurtekens"
        : null;

    public static string? Password(string? value) =>
        value is null || value.Length < MinPassword ? $"een wachtwoord is minstens {MinPassword} tekens"
        : value.Length > MaxPassword || value.Contains('\0', StringComparison.Ordinal) ? $"een wachtwoord is ten hoogste {MaxPassword} tekens"
        : null;

    /// <summary>The organisation a role needs: a gemeente code for leerplicht, a school code for a school, a board name and its schools, an SWV code.</summary>
    public static string? Organisation(CallerRole role, string? organisation, IReadOnlyCollection<string> schools)
    {
        if (organisation is not null && (organisation.Length > MaxOrganisation || !CodePattern().IsMatch(organisation)))
        {
            return $"een organisatie is een code van ten hoogste {MaxOrganisation} letters, cijfers of streepjes";
        }

        if (schools.Count > MaxSchools || schools.Any(s => !SchoolPattern().IsMatch(s)))
        {
            return "een school is een BRIN-code met vestiging, zoals 12AB00";
        }

        return role switch
        {
            CallerRole.Leerplicht when organisation is null || !GemeentePattern().IsMatch(organisation) => "leerplicht hoort bij een gemeente: een CBS-code van 4 cijfers",
            CallerRole.School when organisation is null || !SchoolPattern().IsMatch(organisation) => "een school is een BRIN-code met vestiging, zoals 12AB00",
            CallerRole.Board when organisation is null || schools.Count == 0 => "een bestuur heeft een naam en minstens één school",
            CallerRole.Swv when organisation is null => "een samenwerkingsverband heeft een code, zoals VO2203",
            CallerRole.Inspectie or CallerRole.ItStaff or CallerRole.Admin when organisation is not null || schools.Count > 0 => "deze rol hoort niet bij een organisatie",
            _ => null,
        };
    }

    [GeneratedRegex("^[A-Za-z0-9._@-]{2,64}$")]
    private static partial Regex UserNamePattern();

    [GeneratedRegex("^[A-Za-z0-9-]{1,32}$")]
    private static partial Regex CodePattern();

    [GeneratedRegex("^[0-9]{4}$")]
    private static partial Regex GemeentePattern();

    [GeneratedRegex("^[0-9]{2}[A-Z]{2}[0-9]{2}$")]
    private static partial Regex SchoolPattern();
}

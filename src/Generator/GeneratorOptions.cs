using System.Globalization;
using Thuiszitters.Generator.Rules;

namespace Thuiszitters.Generator;

/// <summary>The arguments of <c>generate</c>.</summary>
internal sealed record GeneratorOptions(
    string OutputFolder,
    int Pupils,
    int Schools,
    int Gemeenten,
    int Seed,
    DateOnly AsOf,
    string Swv)
{
    public const int MaxPupils = 4_000_000;
    public const int MinSchools = 12;
    public const int MaxSchools = 5_000;

    /// <summary>Days the as-of date must lie after 1 August, so every planted history fits in the school year.</summary>
    public const int MinDaysIntoSchoolYear = 150;

    public static readonly DateOnly DefaultAsOf = new(2026, 4, 15);

    /// <summary>Parses and checks the arguments; on failure <paramref name="error"/> is a one-line reason.</summary>
    public static GeneratorOptions? Parse(IReadOnlyList<string> args, out string? error)
    {
        var parsed = GeneratorArguments.Parse(args);
        error = null;
        var output = parsed.Get("out");
        if (string.IsNullOrWhiteSpace(output))
        {
            error = "--out <folder> is required";
            return null;
        }

        if (!TryInt(parsed.Get("pupils"), 20_000, out var pupils) || !TryInt(parsed.Get("schools"), 40, out var schools)
            || !TryInt(parsed.Get("gemeenten"), 5, out var gemeenten) || !TryInt(parsed.Get("seed"), 42, out var seed))
        {
            error = "--pupils, --schools, --gemeenten and --seed take whole numbers";
            return null;
        }

        var asOf = DefaultAsOf;
        var asOfText = parsed.Get("as-of");
        if (asOfText is not null
            && !DateOnly.TryParseExact(asOfText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out asOf))
        {
            error = "--as-of takes a date yyyy-mm-dd";
            return null;
        }

        var options = new GeneratorOptions(output, pupils, schools, gemeenten, seed, asOf, parsed.Get("swv") ?? "VO2203");
        error = options.Check();
        return error is null ? options : null;
    }

    private string? Check()
    {
        if (Schools is < MinSchools or > MaxSchools)
        {
            return $"--schools must be between {MinSchools} and {MaxSchools} (every school kind must occur)";
        }

        var minimum = RegionSetup.MinimumPupils(Schools);
        if (Pupils < minimum || Pupils > MaxPupils)
        {
            return $"--pupils must be between {minimum} and {MaxPupils} for {Schools} schools (every scenario must occur)";
        }

        if (Gemeenten < 1 || Gemeenten > NoordHolland.Gemeenten.Count)
        {
            return $"--gemeenten must be between 1 and {NoordHolland.Gemeenten.Count}";
        }

        if (!SchoolDays.IsWeekday(AsOf) || AsOf.DayNumber - DutyRules.SchoolYearStart(AsOf).DayNumber < MinDaysIntoSchoolYear)
        {
            return $"--as-of must be a weekday at least {MinDaysIntoSchoolYear} days after 1 August (January to July)";
        }

        return Swv.Length is > 0 and <= 10 && Swv.All(char.IsAsciiLetterOrDigit)
            ? null
            : "--swv must be a short code of letters and digits, e.g. VO2203";
    }

    private static bool TryInt(string? text, int fallback, out int value)
    {
        value = fallback;
        return text is null || int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out value);
    }
}

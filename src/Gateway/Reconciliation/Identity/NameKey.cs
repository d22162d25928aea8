using System.Globalization;
using System.Text;

namespace Thuiszitters.Gateway.Reconciliation.Identity;

/// <summary>
/// The comparable form of a surname and initials: case and diacritics folded, voorvoegsels (van, de, den, ter, d' ...)
/// dropped wherever they were written, and anything but letters removed.
/// </summary>
public static class NameKey
{
    private static readonly HashSet<string> Voorvoegsels = new(StringComparer.Ordinal)
    {
        "van", "von", "de", "den", "der", "des", "het", "t", "ter", "ten", "te", "in", "op", "aan", "bij", "uit", "d", "l", "la", "le", "du", "vd",
    };

    public static string Surname(string? voorvoegsel, string? achternaam)
    {
        var tokens = Fold($"{voorvoegsel} {achternaam}")
            .Split([' ', '\'', '-', '.', '’'], StringSplitOptions.RemoveEmptyEntries)
            .ToList();
        while (tokens.Count > 1 && Voorvoegsels.Contains(tokens[0]))
        {
            tokens.RemoveAt(0);
        }

        var builder = new StringBuilder();
        foreach (var c in string.Concat(tokens))
        {
            if (char.IsLetter(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>Initials from voorletters ("P.J.") or, when absent, from the first letters of the voornamen ("Piet Jan").</summary>
    public static string Initials(string? voorletters, string? voornamen)
    {
        var builder = new StringBuilder();
        if (!string.IsNullOrWhiteSpace(voorletters))
        {
            foreach (var c in Fold(voorletters))
            {
                if (char.IsLetter(c))
                {
                    builder.Append(c);
                }
            }

            return builder.ToString();
        }

        foreach (var name in Fold(voornamen ?? string.Empty).Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (char.IsLetter(name[0]))
            {
                builder.Append(name[0]);
            }
        }

        return builder.ToString();
    }

    /// <summary>Initials agree when equal, or when one source knows fewer of them (P against PJ).</summary>
    public static bool InitialsAgree(string a, string b) =>
        a.Length > 0 && b.Length > 0 && (a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal));

    private static string Fold(string value)
    {
        var decomposed = value.Trim().ToLowerInvariant().Replace('ı', 'i').Replace("ß", "ss", StringComparison.Ordinal)
            .Replace('ø', 'o').Replace("æ", "ae", StringComparison.Ordinal).Replace('ł', 'l').Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}

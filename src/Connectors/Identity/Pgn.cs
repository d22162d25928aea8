namespace Thuiszitters.Connectors;

/// <summary>
/// A persoonsgebonden nummer: a BSN or an onderwijsnummer, always 9 digits.
/// Only values that pass their check can be constructed through <see cref="TryParse(string?, PgnKind, out Pgn, out string?)"/>.
/// </summary>
public readonly record struct Pgn(string Value, PgnKind Kind)
{
    public const string NotNineDigits = "is not 9 digits";
    public const string FailsElfproef = "fails the elfproef";
    public const string NotStartingWith10 = "does not start with 10";
    public const string IsZero = "is 0";

    public static bool TryParse(string? raw, PgnKind kind, out Pgn pgn, out string? reason) =>
        TryParse(raw.AsSpan(), kind, out pgn, out reason);

    /// <summary>Span overload for the readers: allocates only for a valid number.</summary>
    public static bool TryParse(ReadOnlySpan<char> raw, PgnKind kind, out Pgn pgn, out string? reason)
    {
        pgn = default;
        raw = raw.Trim();
        // A BSN may lose its leading zeros in a spreadsheet; an onderwijsnummer always starts with 10.
        var maxPad = kind == PgnKind.Bsn ? 9 : 0;
        if (raw.Length == 0 || raw.Length > 9 || raw.Length + maxPad < 9 || !IsDigits(raw))
        {
            reason = NotNineDigits;
            return false;
        }

        Span<char> digits = stackalloc char[9];
        digits[..(9 - raw.Length)].Fill('0');
        raw.CopyTo(digits[(9 - raw.Length)..]);

        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            sum += (9 - i) * (digits[i] - '0');
        }

        sum -= digits[8] - '0';
        var mod = ((sum % 11) + 11) % 11;

        if (kind == PgnKind.Bsn)
        {
            if (digits.IndexOfAnyExcept('0') < 0)
            {
                reason = IsZero;
                return false;
            }

            if (mod != 0)
            {
                reason = FailsElfproef;
                return false;
            }
        }
        else
        {
            if (digits[0] != '1' || digits[1] != '0')
            {
                reason = NotStartingWith10;
                return false;
            }

            if (mod != 5)
            {
                reason = FailsElfproef;
                return false;
            }
        }

        reason = null;
        pgn = new Pgn(new string(digits), kind);
        return true;
    }

    public override string ToString() => Value;

    private static bool IsDigits(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }
}

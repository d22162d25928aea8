namespace Thuiszitters.Connectors;

/// <summary>A school site: BRIN (2 digits + 2 capitals) plus a 2-digit vestigingsnummer, written together as <c>12AB00</c>.</summary>
public readonly record struct SchoolCode(string Brin, string Vestiging)
{
    public static bool TryParse(string? s, out SchoolCode code) => TryParse(s.AsSpan(), out code);

    public static bool TryParse(ReadOnlySpan<char> s, out SchoolCode code)
    {
        if (s.Length == 6)
        {
            return TryCreate(s[..4], s[4..], out code);
        }

        code = default;
        return false;
    }

    /// <summary>Builds a code from separate BRIN and vestiging fields (ROD, EDEX).</summary>
    public static bool TryCreate(ReadOnlySpan<char> brin, ReadOnlySpan<char> vestiging, out SchoolCode code)
    {
        code = default;
        if (!IsBrin(brin) || vestiging.Length != 2 || !char.IsAsciiDigit(vestiging[0]) || !char.IsAsciiDigit(vestiging[1]))
        {
            return false;
        }

        code = new SchoolCode(new string(brin), new string(vestiging));
        return true;
    }

    public static SchoolCode Parse(string s) =>
        TryParse(s, out var code) ? code : throw new FormatException("Not a school code (BRIN + vestiging, e.g. 12AB00).");

    public static bool IsBrin(ReadOnlySpan<char> s) =>
        s.Length == 4 && char.IsAsciiDigit(s[0]) && char.IsAsciiDigit(s[1]) && char.IsAsciiLetterUpper(s[2]) && char.IsAsciiLetterUpper(s[3]);

    public override string ToString() => Brin + Vestiging;
}

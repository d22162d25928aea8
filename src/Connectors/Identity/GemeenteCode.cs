namespace Thuiszitters.Connectors;

/// <summary>A gemeente's 4-digit CBS code, e.g. <c>0361</c> (Alkmaar).</summary>
public readonly record struct GemeenteCode(string Value)
{
    public static bool TryParse(string? s, out GemeenteCode code) => TryParse(s.AsSpan(), out code);

    public static bool TryParse(ReadOnlySpan<char> s, out GemeenteCode code)
    {
        if (s.Length == 4 && char.IsAsciiDigit(s[0]) && char.IsAsciiDigit(s[1]) && char.IsAsciiDigit(s[2]) && char.IsAsciiDigit(s[3]))
        {
            code = new GemeenteCode(new string(s));
            return true;
        }

        code = default;
        return false;
    }

    public static GemeenteCode Parse(string s) =>
        TryParse(s, out var code) ? code : throw new FormatException("Not a gemeentecode (4 digits).");

    public override string ToString() => Value;
}

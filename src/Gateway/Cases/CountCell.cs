namespace Thuiszitters.Gateway.Cases;

/// <summary>One anonymised count: its key, the number (null when suppressed) and how it is shown (<c>&lt;5</c> when suppressed).</summary>
public sealed record CountCell(string Key, int? Value, string Shown)
{
    public static CountCell Of(string key, int value, bool suppress) =>
        suppress && Security.SmallCells.Hides(value)
            ? new CountCell(key, null, Security.SmallCells.Hidden)
            : new CountCell(key, value, value.ToString(System.Globalization.CultureInfo.InvariantCulture));
}

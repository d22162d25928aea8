namespace Thuiszitters.Gateway.Cases;

/// <summary>One anonymised count: its key, the number (null when suppressed) and how it is shown (<c>&lt;5</c> when suppressed).</summary>
public sealed record CountCell(string Key, int? Value, string Shown)
{
    public static CountCell Of(string key, int value, bool suppress) =>
        suppress && value > 0 && value < Security.CountScope.SmallCell
            ? new CountCell(key, null, "<" + Security.CountScope.SmallCell.ToString(System.Globalization.CultureInfo.InvariantCulture))
            : new CountCell(key, value, value.ToString(System.Globalization.CultureInfo.InvariantCulture));
}

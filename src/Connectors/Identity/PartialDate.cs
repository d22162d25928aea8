using System.Globalization;

namespace Thuiszitters.Connectors;

/// <summary>A date of which the day, or the day and month, may be unknown (birth dates in EDEX and ROD).</summary>
public readonly record struct PartialDate(int Year, int? Month, int? Day)
{
    public bool IsComplete => Month is not null && Day is not null;

    public static PartialDate FromDate(DateOnly date) => new(date.Year, date.Month, date.Day);

    public static bool TryParse(string? s, DateFormat format, out PartialDate date) =>
        TryParse(s.AsSpan(), format, out date);

    public static bool TryParse(ReadOnlySpan<char> s, DateFormat format, out PartialDate date)
    {
        date = default;
        int year;
        int month;
        int day;
        switch (format)
        {
            case DateFormat.Iso when s.Length == 10 && s[4] == '-' && s[7] == '-':
                if (!Digits(s[..4], out year) || !Digits(s.Slice(5, 2), out month) || !Digits(s.Slice(8, 2), out day))
                {
                    return false;
                }

                break;
            case DateFormat.Iso when s.Length == 7 && s[4] == '-':
                day = 0;
                if (!Digits(s[..4], out year) || !Digits(s.Slice(5, 2), out month))
                {
                    return false;
                }

                break;
            case DateFormat.Iso or DateFormat.Compact when s.Length == 4:
                month = day = 0;
                if (!Digits(s, out year))
                {
                    return false;
                }

                break;
            case DateFormat.Compact when s.Length is 8 or 6:
                day = 0;
                if (!Digits(s[..4], out year) || !Digits(s.Slice(4, 2), out month) || (s.Length == 8 && !Digits(s.Slice(6, 2), out day)))
                {
                    return false;
                }

                break;
            case DateFormat.DayMonthYear when s.Length == 10 && s[2] == '-' && s[5] == '-':
                if (!Digits(s[..2], out day) || !Digits(s.Slice(3, 2), out month) || !Digits(s.Slice(6, 4), out year))
                {
                    return false;
                }

                break;
            default:
                return false;
        }

        return TryCreate(year, month, day, out date);
    }

    /// <summary>A full date in the given notation; partial forms are refused.</summary>
    public static bool TryParseDate(ReadOnlySpan<char> s, DateFormat format, out DateOnly date)
    {
        var fullLength = format == DateFormat.Compact ? 8 : 10;
        if (s.Length == fullLength && TryParse(s, format, out var partial) && partial.ToDateOnly() is { } d)
        {
            date = d;
            return true;
        }

        date = default;
        return false;
    }

    /// <summary>True when the parts both dates know are equal.</summary>
    public bool AgreesWith(PartialDate other)
    {
        if (Year != other.Year)
        {
            return false;
        }

        if (Month is null || other.Month is null)
        {
            return true;
        }

        return Month == other.Month && (Day is null || other.Day is null || Day == other.Day);
    }

    public DateOnly? ToDateOnly() => Month is { } m && Day is { } d ? new DateOnly(Year, m, d) : null;

    /// <summary>ISO notation of the known parts: <c>2014-05-12</c>, <c>2014-05</c> or <c>2014</c>.</summary>
    public override string ToString() => (Month, Day) switch
    {
        ({ } m, { } d) => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{m:D2}-{d:D2}"),
        ({ } m, null) => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{m:D2}"),
        _ => Year.ToString("D4", CultureInfo.InvariantCulture),
    };

    private static bool TryCreate(int year, int month, int day, out PartialDate date)
    {
        date = default;
        if (year < 1 || month is < 0 or > 12 || (month == 0 && day != 0))
        {
            return false;
        }

        if (month == 0)
        {
            date = new PartialDate(year, null, null);
            return true;
        }

        if (day == 0)
        {
            date = new PartialDate(year, month, null);
            return true;
        }

        if (day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new PartialDate(year, month, day);
        return true;
    }

    private static bool Digits(ReadOnlySpan<char> s, out int value)
    {
        value = 0;
        foreach (var c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }
}

using System.Globalization;

namespace Thuiszitters.Connectors.Text;

/// <summary>
/// Field checks shared by the readers. Each failing check throws a <see cref="ContractViolationException"/> naming
/// line and field; the value itself is never put in the reason (it may be a BSN or a name).
/// </summary>
internal static class Fields
{
    public static string Required(ReadOnlySpan<char> value, long line, string field)
    {
        value = value.Trim();
        return value.IsEmpty ? throw new ContractViolationException(line, field, "is empty") : new string(value);
    }

    public static string? Optional(ReadOnlySpan<char> value)
    {
        value = value.Trim();
        return value.IsEmpty ? null : new string(value);
    }

    public static DateOnly Date(ReadOnlySpan<char> value, DateFormat format, long line, string field) =>
        OptionalDate(value, format, line, field) ?? throw new ContractViolationException(line, field, "is empty");

    public static DateOnly? OptionalDate(ReadOnlySpan<char> value, DateFormat format, long line, string field)
    {
        value = value.Trim();
        if (value.IsEmpty)
        {
            return null;
        }

        return PartialDate.TryParseDate(value, format, out var date)
            ? date
            : throw new ContractViolationException(line, field, $"is not a valid date ({Notation(format)})");
    }

    public static PartialDate? OptionalPartialDate(ReadOnlySpan<char> value, DateFormat format, long line, string field)
    {
        value = value.Trim();
        if (value.IsEmpty)
        {
            return null;
        }

        return PartialDate.TryParse(value, format, out var date)
            ? date
            : throw new ContractViolationException(line, field, $"is not a valid date ({Notation(format)}, or partly known)");
    }

    /// <summary>The end date is the last day; it may not lie before the begin date.</summary>
    public static void CheckPeriod(DateOnly begin, DateOnly? end, long line, string endField)
    {
        if (end < begin)
        {
            throw new ContractViolationException(line, endField, "lies before the begin date");
        }
    }

    public static bool YesNo(ReadOnlySpan<char> value, long line, string field) => value.Trim() switch
    {
        "J" => true,
        "N" => false,
        _ => throw new ContractViolationException(line, field, "is not J or N"),
    };

    public static GemeenteCode? OptionalGemeente(ReadOnlySpan<char> value, long line, string field)
    {
        value = value.Trim();
        if (value.IsEmpty)
        {
            return null;
        }

        return GemeenteCode.TryParse(value, out var code)
            ? code
            : throw new ContractViolationException(line, field, "is not a gemeentecode (4 digits)");
    }

    public static SchoolCode? OptionalSchool(ReadOnlySpan<char> value, long line, string field)
    {
        value = value.Trim();
        if (value.IsEmpty)
        {
            return null;
        }

        return SchoolCode.TryParse(value, out var code)
            ? code
            : throw new ContractViolationException(line, field, "is not a school code (BRIN + vestiging, e.g. 12AB00)");
    }

    /// <summary>Hours of absence on one day: <c>6</c>, <c>6,5</c> or <c>6.5</c>, more than 0 and at most 24.</summary>
    public static decimal Hours(ReadOnlySpan<char> value, long line, string field)
    {
        value = value.Trim();
        Span<char> normal = stackalloc char[16];
        if (value.IsEmpty || value.Length > normal.Length)
        {
            throw new ContractViolationException(line, field, value.IsEmpty ? "is empty" : "is not a number of hours");
        }

        value.CopyTo(normal);
        normal = normal[..value.Length];
        normal.Replace(',', '.');
        if (!decimal.TryParse(normal, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var hours))
        {
            throw new ContractViolationException(line, field, "is not a number of hours (6, 6,5 or 6.5)");
        }

        return hours is > 0 and <= 24 ? hours : throw new ContractViolationException(line, field, "is not between 0 and 24 hours");
    }

    /// <summary>Matches <paramref name="value"/> to one of <paramref name="codes"/> exactly and returns the stored (shared) string.</summary>
    public static string Code(ReadOnlySpan<char> value, string[] codes, long line, string field)
    {
        value = value.Trim();
        foreach (var code in codes)
        {
            if (value.SequenceEqual(code))
            {
                return code;
            }
        }

        throw new ContractViolationException(line, field, value.IsEmpty ? "is empty" : $"is not one of {string.Join(", ", codes)}");
    }

    public static int PositiveInt(ReadOnlySpan<char> value, long line, string field)
    {
        value = value.Trim();
        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : throw new ContractViolationException(line, field, "is not a positive whole number");
    }

    private static string Notation(DateFormat format) => format switch
    {
        DateFormat.Iso => "yyyy-mm-dd",
        DateFormat.Compact => "yyyymmdd",
        _ => "dd-mm-yyyy",
    };
}

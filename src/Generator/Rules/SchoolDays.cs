namespace Thuiszitters.Generator.Rules;

/// <summary>Weekday arithmetic: schools record absence on weekdays only.</summary>
internal static class SchoolDays
{
    public static bool IsWeekday(DateOnly day) => day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    public static DateOnly OnOrBefore(DateOnly day)
    {
        while (!IsWeekday(day))
        {
            day = day.AddDays(-1);
        }

        return day;
    }

    public static DateOnly OnOrAfter(DateOnly day)
    {
        while (!IsWeekday(day))
        {
            day = day.AddDays(1);
        }

        return day;
    }

    /// <summary>The <paramref name="count"/> weekdays ending on the weekday on or before <paramref name="last"/>, ascending.</summary>
    public static List<DateOnly> Ending(DateOnly last, int count)
    {
        var days = new List<DateOnly>(count);
        var day = OnOrBefore(last);
        while (days.Count < count)
        {
            days.Add(day);
            day = OnOrBefore(day.AddDays(-1));
        }

        days.Reverse();
        return days;
    }

    /// <summary>Every weekday from <paramref name="first"/> to <paramref name="last"/>, both included.</summary>
    public static IEnumerable<DateOnly> Between(DateOnly first, DateOnly last)
    {
        for (var day = first; day <= last; day = day.AddDays(1))
        {
            if (IsWeekday(day))
            {
                yield return day;
            }
        }
    }
}

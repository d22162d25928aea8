namespace Thuiszitters.Generator.Rules;

/// <summary>
/// Leerplicht and kwalificatieplicht exactly as DOMAIN.md states them. The generator uses these to
/// decide background statuses and to check that every planted case has the duty it was written for.
/// </summary>
internal static class DutyRules
{
    /// <summary>The birthday in <paramref name="year"/>; 29 February falls on 28 February in other years.</summary>
    public static DateOnly BirthdayIn(DateOnly birth, int year) =>
        birth.Month == 2 && birth.Day == 29 && !DateTime.IsLeapYear(year)
            ? new DateOnly(year, 2, 28)
            : new DateOnly(year, birth.Month, birth.Day);

    /// <summary>The 1st day of the month after the 5th birthday.</summary>
    public static DateOnly LeerplichtStart(DateOnly birth)
    {
        var fifth = BirthdayIn(birth, birth.Year + 5);
        return new DateOnly(fifth.Year, fifth.Month, 1).AddMonths(1);
    }

    /// <summary>31 July of the school year (1 Aug - 31 Jul) in which the child turns 16.</summary>
    public static DateOnly LeerplichtEnd(DateOnly birth)
    {
        var sixteenth = BirthdayIn(birth, birth.Year + 16);
        return new DateOnly(sixteenth.Month >= 8 ? sixteenth.Year + 1 : sixteenth.Year, 7, 31);
    }

    /// <summary>The day before the 18th birthday: the last day of kwalificatieplicht without a diploma.</summary>
    public static DateOnly KwalificatieplichtLastDay(DateOnly birth) => BirthdayIn(birth, birth.Year + 18).AddDays(-1);

    public static bool HasDuty(DateOnly birth, DateOnly? startkwalificatie, DateOnly day)
    {
        if (day < LeerplichtStart(birth))
        {
            return false;
        }

        if (day <= LeerplichtEnd(birth))
        {
            return true;
        }

        // The generator never asks about the diploma day itself (that boundary is not defined precisely).
        return day <= KwalificatieplichtLastDay(birth) && (startkwalificatie is null || day < startkwalificatie.Value);
    }

    /// <summary>Completed years of age on <paramref name="day"/>.</summary>
    public static int AgeOn(DateOnly birth, DateOnly day)
    {
        var age = day.Year - birth.Year;
        return BirthdayIn(birth, day.Year) > day ? age - 1 : age;
    }

    /// <summary>1 August of the school year that holds <paramref name="day"/>.</summary>
    public static DateOnly SchoolYearStart(DateOnly day) => new(day.Month >= 8 ? day.Year : day.Year - 1, 8, 1);
}

using Thuiszitters.Generator.Rules;

namespace Thuiszitters.Generator.Cases;

/// <summary>When a pupil usually started at the current school: groep 1 at 4, or the brugklas at about 12.</summary>
internal static class EnrolmentDates
{
    public static DateOnly Primary(DateOnly birth) => SchoolDays.OnOrAfter(DutyRules.BirthdayIn(birth, birth.Year + 4).AddDays(1));

    public static DateOnly Secondary(DateOnly birth, DateOnly schoolYearStart)
    {
        var year = Math.Min(birth.Year + (birth.Month >= 10 ? 13 : 12), schoolYearStart.Year);
        var day = new DateOnly(year, 8, 15);
        while (day.DayOfWeek != DayOfWeek.Monday)
        {
            day = day.AddDays(1);
        }

        return day;
    }
}

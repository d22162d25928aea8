namespace Thuiszitters.Generator.Rules;

/// <summary>Duration bands of DOMAIN.md: LT_4W (&lt;= 28, absolute absence only), 4W_3M (29-91), GT_3M (&gt; 91).</summary>
internal static class StatusBands
{
    public const string LessThanFourWeeks = "LT_4W";
    public const string FourWeeksToThreeMonths = "4W_3M";
    public const string MoreThanThreeMonths = "GT_3M";

    /// <summary>The band of a status with the given since date, or null when the status has none.</summary>
    public static string? For(string status, DateOnly? since, DateOnly asOf)
    {
        if (since is null || status is not (PupilStatus.AbsoluteAbsence or PupilStatus.LongTermAbsence))
        {
            return null;
        }

        var days = asOf.DayNumber - since.Value.DayNumber;
        if (status == PupilStatus.LongTermAbsence && days <= 28)
        {
            throw new InvalidOperationException("A long-term absence must last more than 28 days.");
        }

        return days switch
        {
            <= 28 => LessThanFourWeeks,
            <= 91 => FourWeeksToThreeMonths,
            _ => MoreThanThreeMonths,
        };
    }
}

namespace Thuiszitters.Gateway.Register;

/// <summary>A <c>date</c> in PostgreSQL's binary format: a 32-bit count of days since 2000-01-01.</summary>
internal static class PgDate
{
    private static readonly int EpochDayNumber = new DateOnly(2000, 1, 1).DayNumber;

    public static int ToDays(DateOnly date) => date.DayNumber - EpochDayNumber;

    public static DateOnly FromDays(int days) => DateOnly.FromDayNumber(EpochDayNumber + days);
}

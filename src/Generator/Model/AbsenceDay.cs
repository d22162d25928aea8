namespace Thuiszitters.Generator.Model;

/// <summary>One row of a school's verzuim export: a pupil's absence on one day.</summary>
/// <param name="Tenths">Hours in tenths (45 = 4,5 hours).</param>
internal sealed record AbsenceDay(Person Pupil, SchoolInfo School, DateOnly Date, int Tenths, string Code)
{
    public static readonly IReadOnlyList<string> AuthorisedCodes =
        ["ZIEK", "ZIEK", "ZIEK", "ZIEK", "ZIEK", "GEOORLOOFD", "GEOORLOOFD", "VERLOF_11F", "VERLOF_11G", "SCHORSING"];

    public const string Unauthorised = "ONGEOORLOOFD";

    public const string Luxury = "LUXE";

    public bool IsUnauthorised => Code is Unauthorised or Luxury;
}

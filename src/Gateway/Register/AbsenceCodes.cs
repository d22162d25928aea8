using Thuiszitters.Connectors;

namespace Thuiszitters.Gateway.Register;

/// <summary>
/// The numbers <c>absence_runs.codes</c> stores the absence codes as, and their spelling in the spec. The numbers are
/// part of the schema: the view <c>absence_days</c> (migration <c>AbsenceRuns</c>) spells them out, so they never change.
/// </summary>
internal static class AbsenceCodes
{
    private static readonly string[] Names = ["ZIEK", "GEOORLOOFD", "ONGEOORLOOFD", "LUXE", "SCHORSING", "VERLOF_11F", "VERLOF_11G"];

    public static short Number(AbsenceCode code) => code switch
    {
        AbsenceCode.Ziek => 0,
        AbsenceCode.Geoorloofd => 1,
        AbsenceCode.Ongeoorloofd => 2,
        AbsenceCode.Luxe => 3,
        AbsenceCode.Schorsing => 4,
        AbsenceCode.Verlof11F => 5,
        AbsenceCode.Verlof11G => 6,
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, "Unknown absence code."),
    };

    /// <summary>The spec's spelling of a stored number.</summary>
    public static string Name(short number) =>
        number >= 0 && number < Names.Length ? Names[number] : throw new ArgumentOutOfRangeException(nameof(number), number, "Unknown absence code number.");

    /// <summary>Absence without a valid reason: <c>ONGEOORLOOFD</c> and <c>LUXE</c> (luxeverzuim).</summary>
    public static bool IsUnauthorised(short number) => number is 2 or 3;
}

using Thuiszitters.Connectors;

namespace Thuiszitters.Gateway.Register;

/// <summary>
/// The numbers <c>absence_runs.codes</c> stores the absence codes as, and their spelling in the spec. The numbers are
/// part of the schema: the view <c>absence_days</c> (migration <c>AbsenceRuns</c>) spells them out, so they never change.
/// </summary>
internal static class AbsenceCodes
{
    private static readonly string[] Names = ["ZIEK", "GEOORLOOFD", "ONGEOORLOOFD", "LUXE", "SCHORSING", "VERLOF_11F", "VERLOF_11G"];

    /// <summary>
    /// Per stored number, whether the code is unauthorised: taken from the connectors' one rule
    /// (<see cref="AbsenceCodeExtensions.IsUnauthorised"/>), not decided again here; a lookup, as the reads test a day at a time.
    /// </summary>
    private static readonly bool[] Unauthorised = [.. Enum.GetValues<AbsenceCode>().OrderBy(Number).Select(c => c.IsUnauthorised())];

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

    /// <summary>Whether the code stored as <paramref name="number"/> is unauthorised absence (<see cref="AbsenceCodeExtensions.IsUnauthorised"/>).</summary>
    public static bool IsUnauthorised(short number) => (uint)number < (uint)Unauthorised.Length && Unauthorised[number];
}

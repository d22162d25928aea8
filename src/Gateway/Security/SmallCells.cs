namespace Thuiszitters.Gateway.Security;

/// <summary>
/// Small-cell suppression of counts shown outside the organisation they describe, so that no child can be recognised:
/// a cell from 1 to 4 is shown as <c>&lt;5</c> (a zero is no child and stays). Who sees suppressed counts is decided here:
/// the Inspectie (every count it gets describes organisations other than its own); leerplicht, a school board and the
/// SWV see their own gemeente's, schools' and region's counts in full.
/// </summary>
internal static class SmallCells
{
    public const int Threshold = 5;

    public const string Hidden = "<5";

    public static bool AppliesTo(Caller caller) =>
        (caller ?? throw new ArgumentNullException(nameof(caller))).Role is not (CallerRole.Leerplicht or CallerRole.Board or CallerRole.Swv);

    public static bool Hides(long count) => count is > 0 and < Threshold;
}

namespace Thuiszitters.Gateway.Security;

/// <summary>
/// What a caller may count: the SWV and the Inspectie the region (the Inspectie anonymised: which counts hide small cells is
/// <see cref="SmallCells"/>'s rule), leerplicht its gemeente, a board its schools.
/// </summary>
internal static class CountScope
{
    /// <summary>The condition on rows with <c>p.gemeente</c>, <c>p.schools</c> and <c>p.pgn</c> (pupil_states or case_episodes).</summary>
    public static string Condition(Caller caller) =>
        caller.Role == CallerRole.Inspectie ? "TRUE" : PupilScope.Condition(caller);

    /// <summary>Whether the caller may read the daily counts of scope <paramref name="kind"/> <paramref name="scope"/> (REGIO *, GEMEENTE code, SCHOOL code).</summary>
    public static bool MayRead(Caller caller, string kind, string scope) => caller.Role switch
    {
        CallerRole.Swv or CallerRole.Inspectie => true,
        CallerRole.Leerplicht => kind == "GEMEENTE" && scope == caller.Organisation,
        CallerRole.Board => kind == "SCHOOL" && caller.Schools.Contains(scope, StringComparer.Ordinal),
        _ => false,
    };
}

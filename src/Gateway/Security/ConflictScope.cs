using Npgsql;

namespace Thuiszitters.Gateway.Security;

/// <summary>
/// Which conflicts (alias <c>c</c>, joined to its pupil as <c>p</c>) a caller sees, and on which it may act. Decided here
/// only; the endpoints and <c>ConflictActions</c> use these conditions as they are.
/// </summary>
/// <remarks>
/// Seeing: the pupils of <see cref="PupilScope"/>, plus for a school or board the conflicts anchored at its schools (a
/// conflict without a known pupil, such as <c>INVALID_IDENTIFIER</c>, is seen by the school whose file held it).
/// Acting is narrower: only the party DOMAIN.md names in <c>acts</c>, and the SWV for an escalated case.
/// <list type="bullet">
/// <item><c>SCHOOL</c>, <c>LEAVING_SCHOOL</c>, <c>SOURCE_OWNER</c>: the anchoring school (or its board).</item>
/// <item><c>BOTH_SCHOOLS</c>: the anchoring school and any other school the pupil is enrolled at (or their boards).</item>
/// <item><c>LEAVING_SCHOOL_AND_LEERPLICHT</c>: the anchoring school (or its board) and the leerplicht of the pupil's gemeente.</item>
/// <item><c>LEERPLICHT</c>: the leerplicht of the pupil's gemeente.</item>
/// <item><c>REGIEHOUDER</c>: the regiehouder is named in the school's thuiszitter registration as free text, so the
/// gateway lets the two parties that can hold regie act: the registering (anchoring) school or its board, and the
/// leerplicht of the pupil's gemeente.</item>
/// <item><c>SWV</c>, or any escalated conflict: the SWV.</item>
/// </list>
/// </remarks>
internal static class ConflictScope
{
    private const string SchoolActs = "('SCHOOL','LEAVING_SCHOOL','SOURCE_OWNER','BOTH_SCHOOLS','LEAVING_SCHOOL_AND_LEERPLICHT','REGIEHOUDER')";
    private const string LeerplichtActs = "('LEAVING_SCHOOL_AND_LEERPLICHT','LEERPLICHT','REGIEHOUDER')";

    /// <returns>The condition for seeing a conflict, using <c>@scope_org</c> and <c>@scope_schools</c> (<see cref="Bind"/>).</returns>
    public static string Visible(Caller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return caller.Role switch
        {
            CallerRole.School or CallerRole.Board => $"({PupilScope.Condition(caller)} OR c.school = @scope_org OR c.school = ANY(@scope_schools))",
            _ => PupilScope.Condition(caller),
        };
    }

    /// <returns>The condition for acting on a conflict the caller sees.</returns>
    public static string MayAct(Caller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return caller.Role switch
        {
            CallerRole.Swv => "(c.acts = 'SWV' OR c.escalated)",
            CallerRole.School => $"((c.school = @scope_org AND c.acts IN {SchoolActs}) OR (c.acts = 'BOTH_SCHOOLS' AND @scope_org = ANY(p.schools)))",
            CallerRole.Board => $"((c.school = ANY(@scope_schools) AND c.acts IN {SchoolActs}) OR (c.acts = 'BOTH_SCHOOLS' AND p.schools && @scope_schools))",
            CallerRole.Leerplicht => $"(c.acts IN {LeerplichtActs} AND p.gemeente = @scope_org)",
            _ => "FALSE",
        };
    }

    /// <summary>Adds the parameters of these conditions (<see cref="PupilScope.Bind"/>).</summary>
    public static void Bind(NpgsqlCommand command, Caller caller) => PupilScope.Bind(command, caller);
}

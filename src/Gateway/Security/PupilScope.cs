using Npgsql;
using NpgsqlTypes;

namespace Thuiszitters.Gateway.Security;

/// <summary>
/// The SQL condition that limits pupil rows (alias <c>p</c>, table pupil_states) to what a caller may see:
/// leerplicht its gemeente's residents, a school or board its own pupils (enrolled, or the subject of a conflict the
/// school must act on), the SWV the region.
/// </summary>
internal static class PupilScope
{
    /// <returns>The condition, using parameter <c>@scope_org</c> and <c>@scope_schools</c>.</returns>
    public static string Condition(Caller caller) => caller.Role switch
    {
        CallerRole.Leerplicht => "p.gemeente = @scope_org",
        CallerRole.School => "(@scope_org = ANY(p.schools) OR EXISTS (SELECT 1 FROM conflicts c WHERE c.pgn = p.pgn AND c.school = @scope_org))",
        CallerRole.Board => "(p.schools && @scope_schools OR EXISTS (SELECT 1 FROM conflicts c WHERE c.pgn = p.pgn AND c.school = ANY(@scope_schools)))",
        CallerRole.Swv => "TRUE",
        _ => "FALSE",
    };

    /// <summary>Adds <c>@scope_org</c> and <c>@scope_schools</c>, the parameters of <see cref="Condition"/> (and of <see cref="ConflictScope"/>).</summary>
    public static void Bind(NpgsqlCommand command, Caller caller)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(caller);
        command.Parameters.Add(new NpgsqlParameter("scope_org", NpgsqlDbType.Text) { Value = (object?)caller.Organisation ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("scope_schools", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = caller.Schools.ToArray() });
    }
}

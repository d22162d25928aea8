namespace Thuiszitters.Gateway.Security;

/// <summary>Who is asking: a name for the audit log, a role, and the organisation (gemeentecode, school code, board or SWV) that scopes the data.</summary>
public sealed record Caller(string Name, CallerRole Role, string? Organisation, IReadOnlyList<string> Schools)
{
    public bool SeesPupils => Role is CallerRole.Leerplicht or CallerRole.School or CallerRole.Board or CallerRole.Swv;
}

using System.Security.Claims;

namespace Thuiszitters.Gateway.Security;

/// <summary>The claims a caller carries, and reading them back as a <see cref="Caller"/>.</summary>
public static class CallerClaims
{
    public const string Organisation = "tz:organisation";
    public const string School = "tz:school";

    public static Caller ToCaller(this ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        var role = Enum.Parse<CallerRole>(principal.FindFirstValue(ClaimTypes.Role) ?? throw new InvalidOperationException("caller without role"));
        return new Caller(
            principal.Identity?.Name ?? "onbekend",
            role,
            principal.FindFirstValue(Organisation),
            [.. principal.FindAll(School).Select(c => c.Value)]);
    }

    /// <summary>
    /// The one shape of a caller's claims, whichever scheme signs them in (a configured token, a person's session, a demo
    /// user): name, role, organisation and schools, plus any scheme-specific claims.
    /// </summary>
    public static ClaimsPrincipal Principal(
        string name, CallerRole role, string? organisation, IEnumerable<string> schools, string authenticationType, IEnumerable<Claim>? extra = null)
    {
        var claims = new List<Claim> { new(ClaimTypes.Name, name), new(ClaimTypes.Role, role.ToString()) };
        if (organisation is not null)
        {
            claims.Add(new Claim(Organisation, organisation));
        }

        claims.AddRange(schools.Select(s => new Claim(School, s)));
        claims.AddRange(extra ?? []);
        return new ClaimsPrincipal(new ClaimsIdentity(claims, authenticationType));
    }
}

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
}

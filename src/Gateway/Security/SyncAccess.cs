using System.Security.Claims;

namespace Thuiszitters.Gateway.Security;

/// <summary>Who may watch and steer the sync jobs (the <c>/api/sync</c> API, its pages, Hangfire's dashboard): IT staff only.</summary>
public static class SyncAccess
{
    public static bool IsSyncOperator(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.Identity?.IsAuthenticated == true && user.IsInRole(nameof(CallerRole.ItStaff));
    }
}

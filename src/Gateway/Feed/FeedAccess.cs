using System.Globalization;
using System.Security.Claims;
using Thuiszitters.Gateway.Feed.ApiKeys;
using Thuiszitters.Gateway.Security;

namespace Thuiszitters.Gateway.Feed;

/// <summary>
/// Who may read a gemeente's feed: a machine key scoped <c>leerplicht:&lt;that gemeente&gt;</c>, <c>swv:</c> or <c>admin</c>
/// that is neither expired nor revoked; or a person signed in as that gemeente's leerplicht, or as SWV staff.
/// </summary>
internal static class FeedAccess
{
    public static FeedCaller For(ClaimsPrincipal user, string gemeente)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.FindFirstValue(ApiKeyAuthenticationHandler.KeyIdClaim) is { } id)
        {
            var keyId = long.Parse(id, CultureInfo.InvariantCulture);
            var name = user.Identity?.Name ?? "?";
            var scope = ApiKeyScope.Parse(user.FindFirstValue(ApiKeyAuthenticationHandler.ScopeClaim)) ?? ApiKeyScope.None;
            if (user.FindFirstValue(ApiKeyAuthenticationHandler.ValidClaim) != "true")
            {
                return new FeedCaller(keyId, name, false, "key expired or revoked", false);
            }

            return scope.Reads(gemeente)
                ? new FeedCaller(keyId, name, true, null, scope.Kind == ApiKeyScope.Admin)
                : new FeedCaller(keyId, name, false, "outside the key's scope", false);
        }

        var caller = user.ToCaller();
        var allowed = caller.Role == CallerRole.Swv || (caller.Role == CallerRole.Leerplicht && caller.Organisation == gemeente);
        return new FeedCaller(null, caller.Name, allowed, allowed ? null : "outside the user's scope", false);
    }
}

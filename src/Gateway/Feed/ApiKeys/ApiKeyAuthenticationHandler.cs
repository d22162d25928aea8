using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Thuiszitters.Gateway.Feed.ApiKeys;

/// <summary>
/// <c>Authorization: Bearer tzk_...</c>: a machine key from <c>api_keys</c>, through <see cref="ApiKeyCache"/> (the row read
/// again after at most <see cref="FeedOptions.KeyCacheDuration"/>); expiry is checked on every request. An expired or
/// revoked key still authenticates, marked as such: the feed answers it as it answers a pupil that does not exist, and
/// audits the attempt (a 401 would tell the holder which of its keys still work). An unknown key fails.
/// </summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ApiKeyCache keys, ApiKeyStore store)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string ScopeClaim = "tz:key-scope";
    public const string KeyIdClaim = "tz:key-id";
    public const string ValidClaim = "tz:key-valid";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        const string bearer = "Bearer " + ApiKeyStore.Prefix;
        if (!header.StartsWith(bearer, StringComparison.Ordinal) || header.Length > 200)
        {
            return AuthenticateResult.NoResult();
        }

        var key = await keys.FindAsync(header["Bearer ".Length..].Trim(), Context.RequestAborted);
        if (key is null)
        {
            return AuthenticateResult.Fail("unknown key");
        }

        var claims = new List<Claim>
        {
            new(ClaimTypes.Name, key.Name),
            new(KeyIdClaim, key.Id.ToString(CultureInfo.InvariantCulture)),
            new(ScopeClaim, key.Scope.ToString()),
            new(ValidClaim, store.IsValid(key) ? "true" : "false"),
        };
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }
}

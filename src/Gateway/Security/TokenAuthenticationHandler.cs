using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Thuiszitters.Gateway.Security;

/// <summary>
/// Bearer tokens from <see cref="SecurityOptions"/>, compared in constant time; outside Production only. In Production
/// the start refuses configured users, and should the configuration change while running, this handler still accepts
/// no token there.
/// </summary>
internal sealed class TokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IOptionsMonitor<SecurityOptions> security,
    IHostEnvironment environment)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Token";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.Ordinal))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        if (environment.IsProduction())
        {
            return Task.FromResult(AuthenticateResult.Fail("configured tokens are off in Production"));
        }

        var presented = Encoding.UTF8.GetBytes(header["Bearer ".Length..].Trim());
        foreach (var user in security.CurrentValue.Users)
        {
            if (CryptographicOperations.FixedTimeEquals(presented, Encoding.UTF8.GetBytes(user.Token)))
            {
                var principal = CallerClaims.Principal(user.Name, user.Role!.Value, user.Organisation, user.Schools, SchemeName);
                return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName)));
            }
        }

        return Task.FromResult(AuthenticateResult.Fail("unknown token"));
    }
}

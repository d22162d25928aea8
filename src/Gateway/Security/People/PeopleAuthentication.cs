using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;
using Thuiszitters.Gateway.Dashboard;
using Thuiszitters.Gateway.Feed.ApiKeys;

namespace Thuiszitters.Gateway.Security.People;

/// <summary>
/// How a request is authenticated: the default scheme is a policy scheme that sends <c>Bearer tzk_...</c> to the feed's
/// machine keys (<see cref="ApiKeyAuthenticationHandler"/>), any other <c>Bearer</c> to the configured tokens
/// (<see cref="TokenAuthenticationHandler"/>, which accepts none in Production), and everything else to the people's session cookie <c>tz-session</c>.
/// </summary>
internal static class PeopleAuthentication
{
    public const string PolicyScheme = "Gateway";
    public const string CookieScheme = "Session";
    public const string CookieName = "tz-session";

    public static AuthenticationBuilder AddPeopleAuthentication(this IServiceCollection services)
    {
        var builder = services.AddAuthentication(PolicyScheme)
            .AddPolicyScheme(PolicyScheme, "Person or machine", o => o.ForwardDefaultSelector = SelectScheme)
            .AddCookie(CookieScheme);
        services.AddOptions<CookieAuthenticationOptions>(CookieScheme).Configure<IOptions<PeopleOptions>>((o, people) =>
        {
            o.Cookie = new LoopbackAwareCookieBuilder(CookieName);
            o.ExpireTimeSpan = people.Value.SessionTimeout;
            o.SlidingExpiration = true;
            o.LoginPath = "/login";
            o.LogoutPath = "/logout";
            o.ReturnUrlParameter = "returnUrl";
            o.Events = new CookieAuthenticationEvents
            {
                OnRedirectToLogin = c => ApiOr(c, StatusCodes.Status401Unauthorized),
                OnRedirectToAccessDenied = c => ApiOr(c, StatusCodes.Status403Forbidden),
                OnValidatePrincipal = ValidateAsync,
            };
        });
        return builder;
    }

    /// <summary>Chooses the scheme from the Authorization header alone (no database read).</summary>
    public static string SelectScheme(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var header = context.Request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer " + ApiKeyStore.Prefix, StringComparison.Ordinal) ? ApiKeyAuthenticationHandler.SchemeName
            : header.StartsWith("Bearer ", StringComparison.Ordinal) ? TokenAuthenticationHandler.SchemeName
            : CookieScheme;
    }

    /// <summary>A page is sent to the login page; an API call gets the bare status (the pages' api.js redirects on 401).</summary>
    private static Task ApiOr(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// On every request: a person's session counts only while the person is active and their password has not been reset
    /// since (the session version); a demo session only while the demo runs.
    /// </summary>
    private static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal!;
        bool valid;
        if (principal.FindFirst(PersonClaims.PersonId)?.Value is { } id)
        {
            var version = int.Parse(principal.FindFirst(PersonClaims.SessionVersion)?.Value ?? "-1", CultureInfo.InvariantCulture);
            var people = context.HttpContext.RequestServices.GetRequiredService<PeopleStore>();
            valid = await people.FindSessionAsync(long.Parse(id, CultureInfo.InvariantCulture), version, context.HttpContext.RequestAborted) is not null;
        }
        else
        {
            valid = principal.FindFirst(PersonClaims.Demo) is not null
                && context.HttpContext.RequestServices.GetRequiredService<IOptions<DemoOptions>>().Value.Enabled;
        }

        if (!valid)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieScheme);
        }
    }
}

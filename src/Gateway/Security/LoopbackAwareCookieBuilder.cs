using System.Net;
using Microsoft.AspNetCore.Authentication;

namespace Thuiszitters.Gateway.Security;

/// <summary>
/// A cookie that is <c>Secure</c> always, except on a plain-http request from and to this machine (the demo and the
/// tests on 127.0.0.1), where a browser would otherwise drop it. HttpOnly and SameSite=Strict always.
/// </summary>
internal sealed class LoopbackAwareCookieBuilder : RequestPathBaseCookieBuilder
{
    public LoopbackAwareCookieBuilder(string name)
    {
        Name = name;
        HttpOnly = true;
        SameSite = SameSiteMode.Strict;
        SecurePolicy = CookieSecurePolicy.SameAsRequest; // Build decides; Always would make antiforgery refuse loopback http
        IsEssential = true;
    }

    public override CookieOptions Build(HttpContext context, DateTimeOffset expiresFrom)
    {
        ArgumentNullException.ThrowIfNull(context);
        var options = base.Build(context, expiresFrom);
        options.Secure = !IsLoopbackHttp(context);
        return options;
    }

    /// <summary>Plain http, a loopback host name, and a loopback (or in-process test) connection.</summary>
    public static bool IsLoopbackHttp(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Request.IsHttps)
        {
            return false;
        }

        var host = context.Request.Host.Host;
        var loopbackHost = host is "localhost" or "127.0.0.1" or "[::1]" or "::1";
        var remote = context.Connection.RemoteIpAddress;
        return loopbackHost && (remote is null || IPAddress.IsLoopback(remote));
    }
}

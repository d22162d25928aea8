using System.Net;

namespace Thuiszitters.Gateway.Feed.Webhooks;

/// <summary>Which URLs a subscription may name: <c>https</c>, or loopback when <see cref="WebhookOptions.AllowLoopback"/> is on; no user info.</summary>
internal static class WebhookUrlPolicy
{
    /// <returns>null when allowed; else why not.</returns>
    public static string? Check(string? url, bool allowLoopback)
    {
        if (string.IsNullOrWhiteSpace(url) || url.Length > 2000 || !Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return "url must be an absolute URL";
        }

        if (uri.UserInfo.Length > 0)
        {
            return "url must not hold a user name or password";
        }

        var loopback = uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
        if (loopback)
        {
            return allowLoopback && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) ? null : "loopback URLs are not allowed here";
        }

        return uri.Scheme == Uri.UriSchemeHttps ? null : "url must use https";
    }
}

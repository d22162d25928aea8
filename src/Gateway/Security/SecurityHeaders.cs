namespace Thuiszitters.Gateway.Security;

/// <summary>
/// Headers on every response: a Content-Security-Policy that allows script, style, images and connections from this
/// site only (no inline script, no framing), <c>X-Content-Type-Options: nosniff</c> and a same-origin
/// <c>Referrer-Policy</c>; and <c>Cache-Control: no-store</c> on everything that may hold pupil data or a session
/// (the API, the login and admin pages). Static files and the npm packages under /lib stay cacheable.
/// </summary>
internal static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
        + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "same-origin";
                headers.XFrameOptions = "DENY";
                if (HoldsPrivateData(context.Request.Path))
                {
                    headers.CacheControl = "no-store";
                    headers.Pragma = "no-cache";
                }

                return Task.CompletedTask;
            });
            return next(context);
        });

    private static bool HoldsPrivateData(PathString path) =>
        path.StartsWithSegments("/api", StringComparison.Ordinal)
        || path.StartsWithSegments("/login", StringComparison.Ordinal)
        || path.StartsWithSegments("/logout", StringComparison.Ordinal)
        || path.StartsWithSegments("/admin", StringComparison.Ordinal);
}

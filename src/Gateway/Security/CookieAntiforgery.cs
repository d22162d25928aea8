using Microsoft.AspNetCore.Antiforgery;
using Thuiszitters.Gateway.Security.People;

namespace Thuiszitters.Gateway.Security;

/// <summary>
/// Every unsafe request (POST, PUT, PATCH, DELETE) of a cookie session must carry the antiforgery token (header
/// <c>X-CSRF-TOKEN</c> from <c>/api/session/antiforgery</c>, or the form field): otherwise a 400 problem. Bearer and
/// ApiKey callers are not cookie-authenticated, a browser cannot forge their header, and they are left alone. The
/// anonymous sign-in forms check their token themselves.
/// </summary>
internal static class CookieAntiforgery
{
    public const string HeaderName = "X-CSRF-TOKEN";

    public static IApplicationBuilder UseCookieAntiforgery(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method) && !HttpMethods.IsOptions(context.Request.Method)
                && context.User.Identity is { IsAuthenticated: true, AuthenticationType: PeopleAuthentication.CookieScheme })
            {
                var antiforgery = context.RequestServices.GetRequiredService<IAntiforgery>();
                if (!await antiforgery.IsRequestValidAsync(context))
                {
                    await Results.Problem(
                        title: "Invalid parameter: " + HeaderName, detail: "Het antiforgery-token ontbreekt of klopt niet: laad de pagina opnieuw.",
                        statusCode: StatusCodes.Status400BadRequest,
                        extensions: new Dictionary<string, object?> { ["parameter"] = HeaderName }).ExecuteAsync(context);
                    return;
                }
            }

            await next(context);
        });
}

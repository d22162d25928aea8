using System.Globalization;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Thuiszitters.Gateway.Dashboard;

namespace Thuiszitters.Gateway.Security.People;

/// <summary>
/// <c>GET /login</c> (the page), <c>POST /login</c> (user name and password), <c>POST /login/demo</c> (only when the demo
/// runs), <c>POST /logout</c>, and <c>GET /api/session/antiforgery</c> (the token the pages send on every post).
/// Every post is checked against its antiforgery token.
/// </summary>
internal static partial class LoginEndpoints
{
    private const string Failed = "Inloggen is niet gelukt: controleer gebruikersnaam en wachtwoord. Na herhaalde mislukte pogingen wordt het account tijdelijk geblokkeerd.";

    public static WebApplication MapLogin(this WebApplication app)
    {
        app.MapGet("/login", Page).AllowAnonymous().ExcludeFromDescription();
        app.MapPost("/login", SignInAsync).AllowAnonymous().ExcludeFromDescription();
        app.MapPost("/logout", (Delegate)SignOutAsync).AllowAnonymous().ExcludeFromDescription();
        app.MapGet("/api/session/antiforgery", Antiforgery).RequireAuthorization().ExcludeFromDescription();
        if (app.Services.GetRequiredService<IOptions<DemoOptions>>().Value.Enabled)
        {
            app.MapPost("/login/demo", DemoSignInAsync).AllowAnonymous().ExcludeFromDescription();
        }

        return app;
    }

    private static IResult Page(HttpContext http, IAntiforgery antiforgery, IOptions<DemoOptions> demo, IOptions<SecurityOptions> security, string? returnUrl) =>
        InputGuard.Check(http.Request) is { } problem
            ? problem
            : Render(http, antiforgery, demo, security, LocalReturnUrl.Sanitize(returnUrl), null, StatusCodes.Status200OK);

    private static async Task<IResult> SignInAsync(
        HttpContext http, IAntiforgery antiforgery, PeopleStore people, IOptions<DemoOptions> demo, IOptions<SecurityOptions> security,
        ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        if (await ReadFormAsync(http, antiforgery) is not { } form)
        {
            return Render(http, antiforgery, demo, security, "/", "Het formulier is verlopen of ongeldig. Probeer het opnieuw.", StatusCodes.Status400BadRequest);
        }

        var returnUrl = LocalReturnUrl.Sanitize(form["returnUrl"]);
        var userName = form["userName"].ToString();
        var password = form["password"].ToString();
        if (PersonRules.UserName(userName) is not null || password.Length is 0 or > PersonRules.MaxPassword)
        {
            return Render(http, antiforgery, demo, security, returnUrl, Failed, StatusCodes.Status401Unauthorized);
        }

        var outcome = await people.SignInAsync(userName, password, cancellationToken);
        var log = loggers.CreateLogger(typeof(LoginEndpoints));
        if (!outcome.Succeeded)
        {
            LogRefused(log, outcome.Refusal!);
            return Render(http, antiforgery, demo, security, returnUrl, Failed, StatusCodes.Status401Unauthorized);
        }

        LogSignedIn(log, outcome.Person!.Id, outcome.Person.Role);
        await http.SignInAsync(PeopleAuthentication.CookieScheme, PersonClaims.For(outcome.Person), new AuthenticationProperties { IsPersistent = false });
        return Results.Redirect(returnUrl, permanent: false, preserveMethod: false);
    }

    private static async Task<IResult> DemoSignInAsync(
        HttpContext http, IAntiforgery antiforgery, IOptions<DemoOptions> demo, IOptions<SecurityOptions> security)
    {
        if (await ReadFormAsync(http, antiforgery) is not { } form)
        {
            return Render(http, antiforgery, demo, security, "/", "Het formulier is verlopen of ongeldig. Probeer het opnieuw.", StatusCodes.Status400BadRequest);
        }

        var users = security.Value.Users;
        if (!int.TryParse(form["user"], NumberStyles.None, CultureInfo.InvariantCulture, out var index) || index >= users.Count)
        {
            return Render(http, antiforgery, demo, security, "/", "Onbekende demogebruiker.", StatusCodes.Status400BadRequest);
        }

        await http.SignInAsync(PeopleAuthentication.CookieScheme, PersonClaims.ForDemo(users[index], index), new AuthenticationProperties { IsPersistent = false });
        return Results.Redirect(LocalReturnUrl.Sanitize(form["returnUrl"]), permanent: false, preserveMethod: false);
    }

    /// <summary>Ends the session (the antiforgery header or field is checked by <see cref="CookieAntiforgery"/> for a signed-in session).</summary>
    private static async Task<IResult> SignOutAsync(HttpContext http)
    {
        await http.SignOutAsync(PeopleAuthentication.CookieScheme);
        return Results.Redirect("/login", permanent: false, preserveMethod: false);
    }

    private static Ok<AntiforgeryToken> Antiforgery(HttpContext http, IAntiforgery antiforgery)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        return TypedResults.Ok(new AntiforgeryToken(tokens.HeaderName!, tokens.RequestToken!));
    }

    /// <summary>The posted form when its antiforgery token is good; null otherwise (also for a body that is no form).</summary>
    private static async Task<IFormCollection?> ReadFormAsync(HttpContext http, IAntiforgery antiforgery)
    {
        if (!http.Request.HasFormContentType)
        {
            return null;
        }

        try
        {
            await antiforgery.ValidateRequestAsync(http);
            return await http.Request.ReadFormAsync(http.RequestAborted);
        }
        catch (AntiforgeryValidationException)
        {
            return null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    private static ContentHttpResult Render(
        HttpContext http, IAntiforgery antiforgery, IOptions<DemoOptions> demo, IOptions<SecurityOptions> security, string returnUrl, string? error, int status)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        var demoUsers = demo.Value.Enabled
            ? security.Value.Users.Select((u, i) => new LoginPage.DemoButton(i, u.Name, u.Description ?? u.Role?.ToString())).ToList()
            : [];
        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.Text(LoginPage.Render(tokens.FormFieldName, tokens.RequestToken!, returnUrl, error, demoUsers), "text/html; charset=utf-8", statusCode: status);
    }

    internal sealed record AntiforgeryToken(string HeaderName, string Token);

    [LoggerMessage(Level = LogLevel.Information, Message = "Sign-in refused: {Reason}")]
    private static partial void LogRefused(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Person {PersonId} signed in as {Role}")]
    private static partial void LogSignedIn(ILogger logger, long personId, string role);
}

using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;

namespace Thuiszitters.Gateway.Security.People;

/// <summary>The Dutch sign-in page, rendered on the server: a plain form (no script at all), the antiforgery token in a hidden field, and in the demo one button per demo user.</summary>
internal static class LoginPage
{
    public sealed record DemoButton(int Index, string Name, string? Description);

    public static string Render(string antiforgeryField, string antiforgeryToken, string returnUrl, string? error, IReadOnlyList<DemoButton> demoUsers)
    {
        var e = HtmlEncoder.Default;
        var hidden = $"""<input type="hidden" name="{e.Encode(antiforgeryField)}" value="{e.Encode(antiforgeryToken)}"><input type="hidden" name="returnUrl" value="{e.Encode(returnUrl)}">""";
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $$"""
            <!doctype html>
            <html lang="nl">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Inloggen – Thuiszitters Gateway</title>
            <link rel="stylesheet" href="/lib/utrecht-tokens/index.css">
            <link rel="stylesheet" href="/lib/utrecht-css/index.css">
            <link rel="stylesheet" href="/lib/utrecht-css/html.css">
            <link rel="stylesheet" href="/app.css">
            </head>
            <body class="utrecht-theme utrecht-document utrecht-html">
            <header>
              <h1>Thuiszitters Gateway</h1>
              <p class="sub">Regionaal register van leerplichtige kinderen die niet naar school gaan</p>
            </header>
            <main>
              <section class="login">
                <h2>Inloggen</h2>
            """);
        if (error is not null)
        {
            html.Append(CultureInfo.InvariantCulture, $"""    <p class="login-error" role="alert">{e.Encode(error)}</p>""").Append('\n');
        }

        html.Append(CultureInfo.InvariantCulture, $"""
                <form method="post" action="/login" class="login-form">
                  {hidden}
                  <p><label for="userName">Gebruikersnaam</label><br><input id="userName" name="userName" autocomplete="username" required maxlength="{PersonRules.MaxUserName}"></p>
                  <p><label for="password">Wachtwoord</label><br><input id="password" name="password" type="password" autocomplete="current-password" required maxlength="{PersonRules.MaxPassword}"></p>
                  <p><button type="submit" id="signIn">Inloggen</button></p>
                </form>
                <p>Elke inzage in leerlinggegevens wordt gelogd: wie, wanneer, welke leerling en waarom.</p>
              </section>
            """);
        if (demoUsers.Count > 0)
        {
            html.Append("""
                  <section class="demo-users">
                    <h2>Demogebruikers</h2>
                    <p>Alleen in de demo: log met één klik in als een van deze gebruikers. Elke rol ziet alleen wat zij mag zien.</p>
                    <div class="users">
                """);
            foreach (var user in demoUsers)
            {
                html.Append(CultureInfo.InvariantCulture, $"""<form method="post" action="/login/demo">{hidden}<input type="hidden" name="user" value="{user.Index}"><button type="submit" data-demo-user="{user.Index}">{e.Encode(user.Name)} – {e.Encode(user.Description ?? "")}</button></form>""").Append('\n');
            }

            html.Append("    </div>\n  </section>\n");
        }

        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }
}

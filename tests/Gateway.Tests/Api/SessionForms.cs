using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Thuiszitters.Gateway.Tests.Api;

/// <summary>What a browser does with the sign-in page: read its antiforgery field, post the form; and fetch the session's antiforgery header.</summary>
internal static partial class SessionForms
{
    public const string FieldName = "__RequestVerificationToken";

    /// <summary>GET /login, then POST it with the page's antiforgery field.</summary>
    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string userName, string password, string? returnUrl = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        var token = await FormTokenAsync(client);
        return await PostFormAsync(client, "/login", new Dictionary<string, string>
        {
            [FieldName] = token,
            ["userName"] = userName,
            ["password"] = password,
            ["returnUrl"] = returnUrl ?? "/",
        });
    }

    public static async Task<string> FormTokenAsync(HttpClient client, string page = "/login")
    {
        ArgumentNullException.ThrowIfNull(client);
        var html = await client.GetStringAsync(new Uri(page, UriKind.Relative));
        return TokenPattern().Match(html) is { Success: true } match ? match.Groups[1].Value : throw new InvalidOperationException("no antiforgery field on " + page);
    }

    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, Dictionary<string, string> fields)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync(new Uri(path, UriKind.Relative), content);
    }

    public static async Task AddAntiforgeryHeaderAsync(HttpClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var token = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/session/antiforgery", UriKind.Relative)));
        client.DefaultRequestHeaders.Remove("X-CSRF-TOKEN");
        client.DefaultRequestHeaders.Add(token.RootElement.GetProperty("headerName").GetString()!, token.RootElement.GetProperty("token").GetString());
    }

    public static Task<HttpResponseMessage> PostJsonAsync(HttpClient client, string path, object body) =>
        (client ?? throw new ArgumentNullException(nameof(client))).PostAsJsonAsync(new Uri(path, UriKind.Relative), body);

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}

namespace Thuiszitters.Gateway.Security.People;

/// <summary>Where to go after signing in: only a path of this site (no scheme, no host, no <c>//</c> or <c>/\</c>), else the start page.</summary>
internal static class LocalReturnUrl
{
    public const int MaxLength = 512;

    public static string Sanitize(string? value) =>
        value is { Length: > 0 and <= MaxLength } url
        && url[0] == '/'
        && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.Any(char.IsControl)
            ? url
            : "/";
}

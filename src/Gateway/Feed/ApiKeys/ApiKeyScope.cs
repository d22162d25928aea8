using System.Text.RegularExpressions;

namespace Thuiszitters.Gateway.Feed.ApiKeys;

/// <summary>What a machine key may read: <c>leerplicht:&lt;gemeente&gt;</c> (that gemeente's feed), <c>swv:&lt;code&gt;</c> (the region's feeds) or <c>admin</c> (everything).</summary>
internal sealed partial record ApiKeyScope(string Kind, string? Code)
{
    public const string Leerplicht = "leerplicht";
    public const string Swv = "swv";
    public const string Admin = "admin";

    /// <summary>A scope that reads nothing (a stored scope no longer understood).</summary>
    public static ApiKeyScope None { get; } = new("none", null);

    public static ApiKeyScope? Parse(string? text) => text switch
    {
        Admin => new ApiKeyScope(Admin, null),
        _ when text is not null && LeerplichtPattern().Match(text) is { Success: true } m => new ApiKeyScope(Leerplicht, m.Groups[1].Value),
        _ when text is not null && SwvPattern().Match(text) is { Success: true } m => new ApiKeyScope(Swv, m.Groups[1].Value),
        _ => null,
    };

    /// <summary>Whether the scope reads the feed of <paramref name="gemeente"/>.</summary>
    public bool Reads(string gemeente) => Kind is Admin or Swv || (Kind == Leerplicht && Code == gemeente);

    public override string ToString() => Code is null ? Kind : $"{Kind}:{Code}";

    [GeneratedRegex("^leerplicht:([0-9]{4})$")]
    private static partial Regex LeerplichtPattern();

    [GeneratedRegex("^swv:([A-Za-z0-9.-]{1,16})$")]
    private static partial Regex SwvPattern();
}

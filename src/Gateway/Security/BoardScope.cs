namespace Thuiszitters.Gateway.Security;

/// <summary>What a school board may see and act on: its own schools (<see cref="Caller.Schools"/>), nothing else.</summary>
internal static class BoardScope
{
    public static string Board(Caller caller) =>
        caller.Role == CallerRole.Board && caller.Organisation is { } board ? board : throw new InvalidOperationException("not a school board");

    public static IReadOnlyList<string> Schools(Caller caller) => caller.Role == CallerRole.Board ? caller.Schools : [];

    public static bool Includes(Caller caller, string school) => Schools(caller).Contains(school, StringComparer.Ordinal);
}

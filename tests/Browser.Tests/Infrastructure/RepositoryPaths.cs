namespace Thuiszitters.Browser.Tests.Infrastructure;

/// <summary>Folders of the repository the tests run from (found by walking up to Thuiszitters.sln).</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The pages' npm packages (scripts/ensure-web.sh installs them).</summary>
    public static string NodeModules => Path.Combine(Root, "src", "Gateway", "node_modules");

    /// <summary>
    /// Where screenshots go: <c>TZ_SCREENSHOTS</c>, else <c>docs/screenshots/latest</c> (ignored by git; the README's
    /// pictures are copied from there by hand).
    /// </summary>
    public static string Screenshots =>
        Environment.GetEnvironmentVariable("TZ_SCREENSHOTS") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Root, "docs", "screenshots", "latest");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Thuiszitters.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No Thuiszitters.sln above {AppContext.BaseDirectory}.");
    }
}

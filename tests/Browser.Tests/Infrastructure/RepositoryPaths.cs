using System.Runtime.CompilerServices;

namespace Thuiszitters.Browser.Tests.Infrastructure;

/// <summary>
/// Folders of the repository the tests run from (found by walking up to Thuiszitters.sln from the test assembly, or,
/// when it was built with <c>--artifacts-path</c> outside the repository, from this source file's compile-time path).
/// </summary>
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

    private static string FindRoot() =>
        Above(AppContext.BaseDirectory) ?? Above(SourceFolder()) ?? throw new InvalidOperationException($"No Thuiszitters.sln above {AppContext.BaseDirectory}.");

    private static string? Above(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Thuiszitters.sln")))
            {
                return folder.FullName;
            }
        }

        return null;
    }

    private static string SourceFolder([CallerFilePath] string path = "") => Path.GetDirectoryName(path) ?? path;
}

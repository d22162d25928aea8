using System.Diagnostics;

namespace Thuiszitters.Benchmarks.Reporting;

/// <summary>
/// Which product was measured: the git commit of the repository the benchmark runs in, and how many files under
/// <c>src/</c> differ from it. Read-only git commands; null outside a repository or without git.
/// </summary>
internal static class ProductRevision
{
    public static async Task<string?> ReadAsync(CancellationToken cancellationToken)
    {
        var root = FindRoot();
        if (root is null)
        {
            return null;
        }

        var commit = await GitAsync(root, cancellationToken, "rev-parse", "--short", "HEAD");
        var changed = await GitAsync(root, cancellationToken, "status", "--porcelain", "--", "src");
        return commit is null ? null : $"{commit.Trim()} ({changed?.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length ?? 0} files under src/ changed)";
    }

    private static string? FindRoot()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Thuiszitters.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }

    private static async Task<string?> GitAsync(string root, CancellationToken cancellationToken, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-C");
        start.ArgumentList.Add(root);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start);
            if (process is null)
            {
                return null;
            }

            var output = await process.StandardOutput.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
            return process.ExitCode == 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}

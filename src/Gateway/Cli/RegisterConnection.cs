using System.Diagnostics;
using Npgsql;

namespace Thuiszitters.Gateway.Cli;

/// <summary>
/// Finds the PostgreSQL server for an offline command without configuration: <c>ConnectionStrings__Register</c> when
/// set, else the local development server, which <c>scripts/ensure-postgres.sh</c> starts (or installs) when it does not answer.
/// </summary>
internal static class RegisterConnection
{
    public const string LocalDefault = "Host=127.0.0.1;Port=5432;Username=thuiszitters;Password=thuiszitters;Database=thuiszitters;Timeout=5;SSL Mode=Disable";

    public static async Task<string> ResolveAsync(CancellationToken cancellationToken)
    {
        var configured = Environment.GetEnvironmentVariable("ConnectionStrings__Register");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        if (await AnswersAsync(LocalDefault, cancellationToken))
        {
            return LocalDefault;
        }

        var script = FindScript() ?? throw new InvalidOperationException(
            "no PostgreSQL server answers and scripts/ensure-postgres.sh was not found: set ConnectionStrings__Register");
        var start = new ProcessStartInfo("bash")
        {
            ArgumentList = { "-c", "source \"$1\" >/dev/null && printf '%s' \"$ConnectionStrings__Register\"", "ensure", script },
            RedirectStandardOutput = true,
            RedirectStandardError = false,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start bash to run ensure-postgres.sh");
        var output = await process.StandardOutput.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0 || string.IsNullOrWhiteSpace(output))
        {
            throw new InvalidOperationException($"scripts/ensure-postgres.sh failed (exit {process.ExitCode}): no PostgreSQL server available");
        }

        return output.Trim();
    }

    private static async Task<bool> AnswersAsync(string connectionString, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync(cancellationToken);
            return true;
        }
        catch (NpgsqlException)
        {
            return false;
        }
        catch (System.Net.Sockets.SocketException)
        {
            return false;
        }
    }

    private static string? FindScript()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "scripts", "ensure-postgres.sh");
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}

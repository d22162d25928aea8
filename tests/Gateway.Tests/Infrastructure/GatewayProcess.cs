using System.Diagnostics;
using System.Text;

namespace Thuiszitters.Gateway.Tests.Infrastructure;

/// <summary>
/// The gateway run as a child process (<c>dotnet Thuiszitters.Gateway.dll ARGS</c>), so a test can watch its output
/// and kill it like a crash would.
/// </summary>
public sealed class GatewayProcess : IDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();
    private readonly StringBuilder error = new();
    private readonly TaskCompletionSource<string> errorLine = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly string? awaitedError;

    private GatewayProcess(IEnumerable<string> args, IReadOnlyDictionary<string, string> environment, string? awaitedError)
    {
        this.awaitedError = awaitedError;
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Thuiszitters.Gateway.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) =>
        {
            Append(error, e.Data);
            if (e.Data is not null && this.awaitedError is not null && e.Data.Contains(this.awaitedError, StringComparison.Ordinal))
            {
                errorLine.TrySetResult(e.Data);
            }
        };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string Output => Read(output);

    public string Error => Read(error);

    public bool HasExited => process.HasExited;

    /// <summary>Starts the gateway; when <paramref name="awaitedError"/> is given, <see cref="WaitForErrorLineAsync"/> waits for it.</summary>
    public static GatewayProcess Start(IEnumerable<string> args, IReadOnlyDictionary<string, string> environment, string? awaitedError = null) =>
        new(args, environment, awaitedError);

    /// <summary>Runs the gateway to its end and returns the exit code.</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(IEnumerable<string> args, IReadOnlyDictionary<string, string> environment, TimeSpan timeout)
    {
        using var gateway = Start(args, environment);
        var exitCode = await gateway.WaitForExitAsync(timeout);
        return (exitCode, gateway.Output, gateway.Error);
    }

    public async Task<string> WaitForErrorLineAsync(TimeSpan timeout)
    {
        var exited = process.WaitForExitAsync();
        var done = await Task.WhenAny(errorLine.Task, exited, Task.Delay(timeout));
        return done == errorLine.Task
            ? await errorLine.Task
            : throw new TimeoutException($"The gateway did not print '{awaitedError}' (exited: {process.HasExited}). Output: {Output} Error: {Error}");
    }

    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(cancel.Token);
        return process.ExitCode;
    }

    /// <summary>Kills the process and its children at once, as a crash or power cut would.</summary>
    public async Task KillAsync()
    {
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        process.Dispose();
    }

    private static void Append(StringBuilder buffer, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (buffer)
        {
            buffer.AppendLine(line);
        }
    }

    private static string Read(StringBuilder buffer)
    {
        lock (buffer)
        {
            return buffer.ToString();
        }
    }
}

using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace Thuiszitters.Benchmarks.Stages;

/// <summary>
/// Starts each product stage in a fresh child process, so every stage's peak memory is its own and no stage inherits
/// another's heap; with <c>inProcess</c> the stage runs in the benchmark's process instead.
/// A child may be given a managed heap limit (<c>DOTNET_GCHeapHardLimit</c>), so that a stage that would take more
/// memory than the machine can spare fails on its own instead of bringing the machine down; the failure is reported.
/// </summary>
internal sealed class StageRunner(bool inProcess, string workFolder, long? heapLimitBytes)
{
    private const int ErrorTail = 600;

    public async Task<StageResult> RunAsync(StageRequest request, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        if (inProcess)
        {
            try
            {
                return await StageCommand.ExecuteAsync(request, false, cancellationToken) with { WallSeconds = watch.Elapsed.TotalSeconds };
            }
            catch (Exception e) when (e is BenchmarkException or Npgsql.NpgsqlException or IOException or InvalidOperationException)
            {
                return new StageResult(request.Stage, [], 0, false, "failed: " + e.Message.ReplaceLineEndings(" "), watch.Elapsed.TotalSeconds);
            }
        }

        Directory.CreateDirectory(workFolder);
        // Named per benchmark process: two runs over the same data set must not read each other's stage results.
        var resultPath = Path.Combine(workFolder, string.Create(CultureInfo.InvariantCulture, $"stage-{request.Stage}-{Environment.ProcessId}.json"));
        File.Delete(resultPath);
        var start = ChildStart(StageCommand.Name);
        start.Environment[StageCommand.RequestVariable] = JsonSerializer.Serialize(request with { ResultPath = resultPath }, StageCommand.Json);
        if (heapLimitBytes is { } limit)
        {
            start.Environment["DOTNET_GCHeapHardLimit"] = limit.ToString("X", CultureInfo.InvariantCulture);
        }

        using var process = Process.Start(start) ?? throw new BenchmarkException("could not start the stage process");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        try
        {
            await process.WaitForExitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            process.Kill(true);
            throw;
        }

        var wall = watch.Elapsed.TotalSeconds;
        if (process.ExitCode != 0 || !File.Exists(resultPath))
        {
            var message = ((await error) + (await output)).ReplaceLineEndings(" ").Trim();
            message = message.Length > ErrorTail ? "..." + message[^ErrorTail..] : message;
            return new StageResult(request.Stage, [], 0, true, string.Create(CultureInfo.InvariantCulture, $"failed (exit {process.ExitCode}): {message}"), wall);
        }

        StageResult? result;
        await using (var stream = File.OpenRead(resultPath))
        {
            result = await JsonSerializer.DeserializeAsync<StageResult>(stream, StageCommand.Json, cancellationToken);
        }

        File.Delete(resultPath);
        return (result ?? throw new BenchmarkException($"stage {request.Stage} wrote no result")) with { WallSeconds = wall };
    }

    /// <summary>
    /// <c>dotnet exec</c> of this assembly with its own runtime configuration and dependencies, which the SDK also
    /// copies next to a project that references this one (the test project), and <paramref name="arguments"/>.
    /// </summary>
    internal static ProcessStartInfo ChildStart(params IEnumerable<string> arguments)
    {
        var assembly = typeof(StageRunner).Assembly.Location;
        var configuration = Path.ChangeExtension(assembly, ".runtimeconfig.json");
        var dependencies = Path.ChangeExtension(assembly, ".deps.json");
        if (!File.Exists(configuration) || !File.Exists(dependencies))
        {
            throw new BenchmarkException($"{Path.GetFileName(configuration)} is not next to {assembly}: run with --in-process");
        }

        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "exec", "--runtimeconfig", configuration, "--depsfile", dependencies, assembly }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }

    private static string DotnetHost()
    {
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } configured && File.Exists(configured))
        {
            return configured;
        }

        var current = Environment.ProcessPath;
        return current is not null && Path.GetFileNameWithoutExtension(current) == "dotnet" ? current : "dotnet";
    }
}

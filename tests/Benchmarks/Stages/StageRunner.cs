using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace Thuiszitters.Benchmarks.Stages;

/// <summary>
/// Starts each product stage in a fresh child process, so every stage's peak memory is its own and no stage inherits
/// another's heap; with <c>inProcess</c> the stage runs in the benchmark's process instead.
/// </summary>
internal sealed class StageRunner(bool inProcess, string workFolder)
{
    public async Task<StageResult> RunAsync(StageRequest request, CancellationToken cancellationToken)
    {
        if (inProcess)
        {
            return await StageCommand.ExecuteAsync(request, false, cancellationToken);
        }

        Directory.CreateDirectory(workFolder);
        var resultPath = Path.Combine(workFolder, string.Create(CultureInfo.InvariantCulture, $"stage-{request.Stage}.json"));
        File.Delete(resultPath);
        var start = ChildStart();
        start.Environment[StageCommand.RequestVariable] = JsonSerializer.Serialize(request with { ResultPath = resultPath }, StageCommand.Json);
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

        if (process.ExitCode != 0 || !File.Exists(resultPath))
        {
            var message = ((await error) + (await output)).ReplaceLineEndings(" ").Trim();
            throw new BenchmarkException(string.Create(CultureInfo.InvariantCulture, $"stage {request.Stage} failed (exit {process.ExitCode}): {message}"));
        }

        await using var stream = File.OpenRead(resultPath);
        return await JsonSerializer.DeserializeAsync<StageResult>(stream, StageCommand.Json, cancellationToken)
            ?? throw new BenchmarkException($"stage {request.Stage} wrote no result");
    }

    /// <summary>
    /// <c>dotnet exec</c> of this assembly with its own runtime configuration and dependencies, which the SDK also
    /// copies next to a project that references this one (the test project).
    /// </summary>
    private static ProcessStartInfo ChildStart()
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
        foreach (var argument in new[] { "exec", "--runtimeconfig", configuration, "--depsfile", dependencies, assembly, StageCommand.Name })
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

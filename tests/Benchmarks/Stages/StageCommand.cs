using System.Diagnostics;
using System.Text.Json;
using Npgsql;
using Thuiszitters.Gateway.Register;

namespace Thuiszitters.Benchmarks.Stages;

/// <summary>
/// Runs one product stage: in a child process (<c>Thuiszitters.Benchmarks stage</c>, the request in
/// <see cref="RequestVariable"/>, the result written as JSON to the request's result path), or in the benchmark's
/// own process with <c>--in-process</c>.
/// </summary>
internal static class StageCommand
{
    public const string Name = "stage";
    public const string RequestVariable = "TZ_BENCHMARK_STAGE";
    public const string Ingest = "ingest";
    public const string Reconcile = "reconcile";
    public const string Delta = "delta";

    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web);

    public static async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var text = Environment.GetEnvironmentVariable(RequestVariable);
        var request = string.IsNullOrWhiteSpace(text) ? null : JsonSerializer.Deserialize<StageRequest>(text, Json);
        if (request?.ResultPath is null)
        {
            await Console.Error.WriteLineAsync($"stage: {RequestVariable} must hold the stage request with a result path");
            return 2;
        }

        try
        {
            var result = await ExecuteAsync(request, true, cancellationToken);
            await File.WriteAllTextAsync(request.ResultPath, JsonSerializer.Serialize(result, Json), cancellationToken);
            return 0;
        }
        catch (Exception e) when (e is BenchmarkException or NpgsqlException or IOException or InvalidOperationException)
        {
            await Console.Error.WriteLineAsync($"stage {request.Stage}: {e.Message.ReplaceLineEndings(" ")}");
            return 1;
        }
    }

    public static async Task<StageResult> ExecuteAsync(StageRequest request, bool childProcess, CancellationToken cancellationToken)
    {
        await using var dataSource = RegisterDatabase.CreateDataSource(request.ConnectionString);
        var steps = request.Stage switch
        {
            Ingest => await IngestStage.RunAsync(request, dataSource, cancellationToken),
            Reconcile => await ReconcileStage.RunAsync(request, dataSource, cancellationToken),
            Delta => await DeltaStage.RunAsync(request, dataSource, cancellationToken),
            _ => throw new BenchmarkException($"unknown stage {request.Stage}"),
        };
        using var process = Process.GetCurrentProcess();
        process.Refresh();

        // Each step resets the high-water mark where it can, so the stage's peak is the largest step peak.
        var peak = Math.Max(process.PeakWorkingSet64, steps.Max(s => s.Memory.PeakWorkingSetBytes));
        return new StageResult(request.Stage, steps, peak, childProcess);
    }
}

using Thuiszitters.Benchmarks.SisPull;
using Thuiszitters.Benchmarks.Stages;

namespace Thuiszitters.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project tests/Benchmarks -- --pupils 2600000</c>: the national-scale benchmark (see
/// README.md in this folder). With <c>stage</c> as first argument the process is a child that runs one product stage.
/// </summary>
internal static class BenchmarkProgram
{
    public static async Task<int> Main(string[] args)
    {
        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };

        if (args.Length > 0 && string.Equals(args[0], StageCommand.Name, StringComparison.Ordinal))
        {
            return await StageCommand.RunAsync(cancellation.Token);
        }

        if (args.Length > 0 && string.Equals(args[0], SisFakeCommand.Name, StringComparison.Ordinal))
        {
            return await SisFakeCommand.RunAsync(args[1..]);
        }

        if (args.Length > 0 && string.Equals(args[0], SisPullBenchmark.Name, StringComparison.Ordinal))
        {
            return await RunSisPullAsync(args[1..], cancellation.Token);
        }

        var options = BenchmarkOptions.Parse(args, out var error);
        if (options is null)
        {
            await Console.Error.WriteLineAsync($"benchmark: {error}");
            await Console.Error.WriteLineAsync(BenchmarkOptions.Usage);
            return 2;
        }

        try
        {
            await new BenchmarkRunner(options, Console.Out, TimeProvider.System).RunAsync(cancellation.Token);
            return 0;
        }
        catch (BenchmarkException e)
        {
            await Console.Error.WriteLineAsync($"benchmark: {e.Message}");
            return 1;
        }
        catch (OperationCanceledException)
        {
            await Console.Error.WriteLineAsync("benchmark: cancelled");
            return 130;
        }
    }

    private static async Task<int> RunSisPullAsync(string[] args, CancellationToken cancellationToken)
    {
        var options = SisPullOptions.Parse(args, out var error);
        if (options is null)
        {
            await Console.Error.WriteLineAsync($"sis-pull: {error}");
            await Console.Error.WriteLineAsync(SisPullOptions.Usage);
            return 2;
        }

        try
        {
            await new SisPullBenchmark(options, Console.Out).RunAsync(cancellationToken);
            return 0;
        }
        catch (BenchmarkException e)
        {
            await Console.Error.WriteLineAsync($"sis-pull: {e.Message}");
            return 1;
        }
    }
}

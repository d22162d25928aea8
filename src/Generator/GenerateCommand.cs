using System.Globalization;
using Thuiszitters.Generator.Rules;

namespace Thuiszitters.Generator;

/// <summary>
/// <c>dotnet run --project src/Generator -- --out &lt;dir&gt; [--pupils 20000] [--schools 40] [--gemeenten 5] [--seed 42] [--as-of 2026-04-15] [--swv VO2203]</c>:
/// writes a synthetic drop folder for one SWV plus <c>.ground-truth.json</c> (a dot-file: the ingest skips it),
/// then prints the counts per status and conflict code.
/// </summary>
internal static class GenerateCommand
{
    public static Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var options = GeneratorOptions.Parse(args, out var error);
        if (options is null)
        {
            Console.Error.WriteLine($"generate: {error}");
            return Task.FromResult(2);
        }

        try
        {
            var summary = new RegionGenerator(options, Console.Out.WriteLine).Run(cancellationToken);
            Print(Console.Out, options, summary);
            return Task.FromResult(0);
        }
        catch (IOException e)
        {
            Console.Error.WriteLine($"generate: {e.Message}");
            return Task.FromResult(1);
        }
        catch (UnauthorizedAccessException e)
        {
            Console.Error.WriteLine($"generate: {e.Message}");
            return Task.FromResult(1);
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine("generate: cancelled; the output folder is incomplete");
            return Task.FromResult(130);
        }
    }

    public static void Print(TextWriter output, GeneratorOptions options, GenerationSummary summary)
    {
        var inv = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(inv, $"Wrote {summary.Files.Count} files to {Path.GetFullPath(options.OutputFolder)} in {summary.Elapsed.TotalSeconds:F1} s"));
        output.WriteLine(string.Create(inv, $"{summary.Persons} persons from {options.Pupils} pupil indices; {summary.PlantedIndices} planted (1 in {summary.PlantPeriod}) as of {options.AsOf:yyyy-MM-dd}"));
        output.WriteLine("Status counts:");
        foreach (var status in PupilStatus.All)
        {
            output.WriteLine(string.Create(inv, $"  {status,-32}{summary.Statuses.GetValueOrDefault(status),10}"));
        }

        output.WriteLine("Conflict counts:");
        foreach (var code in ConflictCode.All)
        {
            output.WriteLine(string.Create(inv, $"  {code,-32}{summary.Conflicts.GetValueOrDefault(code),10}"));
        }
    }
}

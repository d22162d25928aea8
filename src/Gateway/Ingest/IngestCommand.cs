using System.Globalization;
using Microsoft.Extensions.Options;
using Npgsql;
using Thuiszitters.Gateway.Cli;
using Thuiszitters.Gateway.Register;

namespace Thuiszitters.Gateway.Ingest;

/// <summary>
/// <c>ingest --input &lt;folder&gt;</c>: migrates the register named by <c>ConnectionStrings__Register</c>, applies
/// every file of the folder and prints one line per file (name, outcome, counts, reason). <c>--bulk</c> says whether
/// the fact tables' indexes are dropped for the run and rebuilt at its end (default: auto, when the folder is large);
/// <c>--parallel</c> how many deliveries are applied at a time (1: one after the other). Runs in <see cref="CliHost"/>.
/// </summary>
internal static class IngestCommand
{
    /// <summary>More deliveries at a time than this only queue up for the server's cores and connections.</summary>
    private const int MaxParallel = 32;

    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var input = OptionValue(args, "--input");
        var bulkText = OptionValue(args, "--bulk") ?? "auto";
        var parallelText = OptionValue(args, "--parallel") ?? DropFolderIngestor.DefaultParallelism.ToString(CultureInfo.InvariantCulture);
        if (input is null || !Enum.TryParse<BulkMode>(bulkText, true, out var bulk) || !Enum.IsDefined(bulk)
            || !int.TryParse(parallelText, NumberStyles.None, CultureInfo.InvariantCulture, out var parallel) || parallel is < 1 or > MaxParallel)
        {
            await Console.Error.WriteLineAsync($"usage: ingest --input <drop folder> [--bulk auto|on|off] [--parallel 1..{MaxParallel}, default {DropFolderIngestor.DefaultParallelism}]");
            return 2;
        }

        if (!Directory.Exists(input))
        {
            await Console.Error.WriteLineAsync($"ingest: folder not found: {input}");
            return 2;
        }

        try
        {
            await using var host = CliHost.Build();
            if (string.IsNullOrWhiteSpace(host.Configuration.GetConnectionString(RegisterDatabase.ConnectionStringName)))
            {
                await Console.Error.WriteLineAsync($"ingest: set ConnectionStrings__{RegisterDatabase.ConnectionStringName} to the register's connection string");
                return 2;
            }

            await host.Services.MigrateRegisterAsync(cancellationToken);
            var ingestor = ActivatorUtilities.CreateInstance<DropFolderIngestor>(host.Services, bulk, parallel);
            await ingestor.IngestFolderAsync(input, Console.WriteLine, cancellationToken);
            return 0;
        }
        catch (OptionsValidationException e)
        {
            await Console.Error.WriteLineAsync($"ingest: configuration: {e.Message}");
            return 2;
        }
        catch (OperationCanceledException)
        {
            await Console.Error.WriteLineAsync("ingest: cancelled; the deliveries in progress were rolled back");
            return 130;
        }
        catch (NpgsqlException e)
        {
            await Console.Error.WriteLineAsync($"ingest: database error: {e.Message}");
            return 1;
        }
    }

    private static string? OptionValue(string[] args, string option)
    {
        var i = Array.FindIndex(args, a => string.Equals(a, option, StringComparison.Ordinal));
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}

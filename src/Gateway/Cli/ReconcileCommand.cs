using System.Globalization;
using Microsoft.Extensions.Options;
using Npgsql;
using Thuiszitters.Gateway.Ingest;
using Thuiszitters.Gateway.Reconciliation;
using Thuiszitters.Gateway.Reconciliation.Reading;
using Thuiszitters.Gateway.Register;

namespace Thuiszitters.Gateway.Cli;

/// <summary>
/// <c>reconcile --input &lt;drop folder&gt; --as-of &lt;yyyy-mm-dd&gt; --output &lt;file.json&gt;</c> (SNAPSHOT.md): the same connectors,
/// ingest and reconciliation as the service (resolved from <see cref="CliHost"/>), on a throwaway register of its own.
/// </summary>
internal static class ReconcileCommand
{
    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var options = CommandArguments.Parse(args);
        if (options.Get("input") is not { } input || options.Get("output") is not { } output)
        {
            await Console.Error.WriteLineAsync("usage: reconcile --input <drop folder> --as-of <yyyy-mm-dd> --output <file.json>");
            return 2;
        }

        if (!Directory.Exists(input))
        {
            await Console.Error.WriteLineAsync($"reconcile: the input folder {input} does not exist");
            return 2;
        }

        DateOnly asOf;
        if (options.Get("as-of") is { } asOfText)
        {
            if (!DateOnly.TryParseExact(asOfText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out asOf))
            {
                await Console.Error.WriteLineAsync($"reconcile: --as-of {asOfText} is not a date yyyy-mm-dd");
                return 2;
            }
        }
        else
        {
            asOf = DateOnly.FromDateTime(TimeProvider.System.GetLocalNow().Date);
        }

        try
        {
            var server = options.Get("server") ?? await RegisterConnection.ResolveAsync(cancellationToken);
            await using var database = await ThrowawayDatabase.CreateAsync(server, "tz_snapshot", cancellationToken);
            await using var host = CliHost.Build(database.ConnectionString);
            await host.Services.MigrateRegisterAsync(cancellationToken);
            var dataSource = host.Services.GetRequiredService<NpgsqlDataSource>();
            await host.Services.GetRequiredService<DropFolderIngestor>().IngestFolderAsync(input, cancellationToken);
            var facts = await host.Services.GetRequiredService<RegisterFactsLoader>().LoadAsync(cancellationToken);
            var run = ReconciliationRun.Of(facts, asOf);
            var (rejected, quarantined) = await SnapshotSources.LoadAsync(dataSource, cancellationToken);
            var directory = Path.GetDirectoryName(Path.GetFullPath(output));
            if (directory is not null)
            {
                Directory.CreateDirectory(directory);
            }

            await using (var stream = File.Create(output))
            {
                await SnapshotWriter.WriteAsync(stream, run, rejected, quarantined, cancellationToken);
            }

            await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"reconcile: {run.Pupils.Count} pupils, {run.Conflicts.Count} conflicts, {rejected.Count} rejected files, {quarantined.Count} quarantined records as of {asOf:yyyy-MM-dd} -> {output}"));
            return 0;
        }
        catch (Exception ex) when (ex is InvalidOperationException or NpgsqlException or IOException or UnauthorizedAccessException or OptionsValidationException)
        {
            await Console.Error.WriteLineAsync($"reconcile: {ex.Message.ReplaceLineEndings(" ")}");
            return 1;
        }
    }
}

namespace Thuiszitters.Gateway.Cli;

/// <summary>
/// The offline commands of the gateway (<c>dotnet run --project src/Gateway -- NAME ...</c>).
/// Without a known command name the process runs as the web host.
/// </summary>
internal static class CliCommands
{
    private static readonly Dictionary<string, Func<string[], CancellationToken, Task<int>>> Commands =
        new(StringComparer.OrdinalIgnoreCase)
        {
            // One line per command: ["name"] = SomeCommand.RunAsync,
            ["ingest"] = Ingest.IngestCommand.RunAsync,
            ["reconcile"] = ReconcileCommand.RunAsync,
            ["reconcile-register"] = ReconcileRegisterCommand.RunAsync,
            ["generate"] = GenerateMovedCommand.RunAsync,
            ["api-key"] = Feed.ApiKeys.ApiKeyCommand.RunAsync,
            ["cases"] = Cases.CasesCommand.RunAsync,
            ["sis-pull"] = SisApi.SisPullCommand.RunAsync,
            ["user"] = Security.People.UserCommand.RunAsync,
            ["rod-poll"] = RodCorrections.RodPollCommand.RunAsync,
        };

    public static bool TryGet(string name, out Func<string[], CancellationToken, Task<int>> command) =>
        Commands.TryGetValue(name, out command!);
}

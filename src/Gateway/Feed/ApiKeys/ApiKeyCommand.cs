using Thuiszitters.Gateway.Cli;
using Thuiszitters.Gateway.Register;

namespace Thuiszitters.Gateway.Feed.ApiKeys;

/// <summary>
/// <c>api-key create --name N --scope S [--expires yyyy-mm-dd]</c>, <c>api-key list</c>, <c>api-key revoke ID</c> against
/// the live register, in <see cref="CliHost"/>. The logic lives in <see cref="ApiKeyCommandRunner"/>; this is only the entry.
/// </summary>
internal static class ApiKeyCommand
{
    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var connectionString = await RegisterConnection.ResolveAsync(cancellationToken);
        await using var host = CliHost.Build(connectionString);
        await host.Services.MigrateRegisterAsync(cancellationToken);
        var store = ActivatorUtilities.CreateInstance<ApiKeyStore>(host.Services);
        var runner = new ApiKeyCommandRunner(store, Console.Out, Console.Error);
        return await runner.RunAsync(args, cancellationToken);
    }
}

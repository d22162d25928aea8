using Microsoft.Extensions.Options;
using Thuiszitters.Gateway.Cli;
using Thuiszitters.Gateway.Register;

namespace Thuiszitters.Gateway.Security.People;

/// <summary>The <c>user</c> command against the live register, in <see cref="CliHost"/>; the logic lives in <see cref="UserCommandRunner"/>.</summary>
internal static class UserCommand
{
    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var connectionString = await RegisterConnection.ResolveAsync(cancellationToken);
        await using var host = CliHost.Build(connectionString);
        await host.Services.MigrateRegisterAsync(cancellationToken);
        var store = ActivatorUtilities.CreateInstance<PeopleStore>(host.Services, Options.Create(new PeopleOptions()));
        var runner = new UserCommandRunner(store, Console.In, Console.Out, Console.Error, Environment.GetEnvironmentVariable);
        return await runner.RunAsync(args, cancellationToken);
    }
}

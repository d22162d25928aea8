using Thuiszitters.Gateway.Cli;
using Thuiszitters.Gateway.Register;

namespace Thuiszitters.Gateway.RodCorrections;

/// <summary>
/// <c>rod-poll</c>: one pass of <see cref="RodCorrectionCycle"/> against the register (ConnectionStrings__Register) and DUO
/// (<c>DuoRod:BaseUrl</c>, the token from <c>DuoRod__AccessToken</c>); prints the counts. Runs in <see cref="CliHost"/>.
/// </summary>
internal static class RodPollCommand
{
    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var connectionString = await RegisterConnection.ResolveAsync(cancellationToken);
        await using var host = CliHost.Build(connectionString);
        await host.Services.MigrateRegisterAsync(cancellationToken);
        var result = await host.Services.GetRequiredService<RodCorrectionCycle>().RunAsync(cancellationToken);
        await Console.Out.WriteLineAsync("rod-poll: " + result);
        return 0;
    }
}

using System.Globalization;
using Thuiszitters.Gateway.Cli;
using Thuiszitters.Gateway.Register;

namespace Thuiszitters.Gateway.Cases;

/// <summary>
/// <c>cases snapshot-counts</c>: takes the daily counts of the latest reconciliation (<see cref="CountSnapshot.TakeAsync"/>),
/// the step a daily job runs; prints the day. Runs in <see cref="CliHost"/>.
/// </summary>
internal static class CasesCommand
{
    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        if (args is not ["snapshot-counts"])
        {
            await Console.Error.WriteLineAsync("usage: cases snapshot-counts");
            return 2;
        }

        var connectionString = await RegisterConnection.ResolveAsync(cancellationToken);
        await using var host = CliHost.Build(connectionString);
        await host.Services.MigrateRegisterAsync(cancellationToken);
        var day = await host.Services.GetRequiredService<CountSnapshot>().TakeAsync(cancellationToken);
        if (day is null)
        {
            await Console.Error.WriteLineAsync("cases: nothing reconciled yet, no counts taken");
            return 1;
        }

        await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Counts taken for {day:yyyy-MM-dd}"));
        return 0;
    }
}

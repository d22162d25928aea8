using System.Globalization;
using Thuiszitters.Gateway.Reconciliation;
using Thuiszitters.Gateway.Register;

namespace Thuiszitters.Gateway.Cli;

/// <summary>
/// <c>reconcile-register [--as-of yyyy-mm-dd]</c>: a full reconciliation of the live register (ConnectionStrings__Register),
/// stored, with its counts per status and conflict code printed. Runs in <see cref="CliHost"/>.
/// </summary>
internal static class ReconcileRegisterCommand
{
    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var options = CommandArguments.Parse(args);
        var asOf = DateOnly.FromDateTime(TimeProvider.System.GetLocalNow().Date);
        if (options.Get("as-of") is { } text && !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out asOf))
        {
            await Console.Error.WriteLineAsync($"reconcile-register: --as-of {text} is not a date yyyy-mm-dd");
            return 2;
        }

        var connectionString = await RegisterConnection.ResolveAsync(cancellationToken);
        await using var host = CliHost.Build(connectionString);
        await host.Services.MigrateRegisterAsync(cancellationToken);
        var summary = await host.Services.GetRequiredService<RegisterReconciliation>().RunAsync(asOf, null, cancellationToken);
        var culture = CultureInfo.InvariantCulture;
        await Console.Out.WriteLineAsync(string.Create(culture,
            $"Register reconciled as of {asOf:yyyy-MM-dd}: {summary.Persons} persons in {summary.Total.TotalSeconds:F1} s (load {summary.Load.TotalSeconds:F1} s, rules {summary.Reconcile.TotalSeconds:F1} s)"));
        await Console.Out.WriteLineAsync("Status                          count");
        foreach (var (status, count) in summary.Statuses.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            await Console.Out.WriteLineAsync(string.Create(culture, $"  {status,-30}{count,7}"));
        }

        await Console.Out.WriteLineAsync("Conflict                        count");
        foreach (var (code, count) in summary.Conflicts.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            await Console.Out.WriteLineAsync(string.Create(culture, $"  {code,-30}{count,7}"));
        }

        return 0;
    }
}

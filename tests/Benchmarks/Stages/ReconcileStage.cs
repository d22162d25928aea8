using Npgsql;
using Thuiszitters.Gateway.Reconciliation;

namespace Thuiszitters.Benchmarks.Stages;

/// <summary>
/// A stored reconciliation of the register through <see cref="RegisterReconciliation.RunAsync"/>: full (every person)
/// or incremental (the touched persons). The step's parts split its time into load (reading the register's facts),
/// rules (the pure reconciler) and store (writing states and merging conflicts; in a full run, the time it waited for
/// the register, since states are copied in the background while the next persons are built and reconciled).
/// </summary>
internal static class ReconcileStage
{
    public static async Task<IReadOnlyList<StageStep>> RunAsync(StageRequest request, NpgsqlDataSource dataSource, CancellationToken cancellationToken) =>
        [await ReconcileAsync("reconcile full", request.AsOf, null, dataSource, cancellationToken)];

    public static async Task<StageStep> ReconcileAsync(
        string name, DateOnly asOf, IReadOnlyCollection<string>? touched, NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        using var probe = MemoryProbe.Start();
        var summary = await new RegisterReconciliation(dataSource, TimeProvider.System).RunAsync(asOf, touched, cancellationToken);
        var memory = probe.Stop();
        var parts = new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["load"] = summary.Load.TotalSeconds,
            ["rules"] = summary.Reconcile.TotalSeconds,
            ["store"] = (summary.Total - summary.Load - summary.Reconcile).TotalSeconds,
        };
        var counts = new Dictionary<string, long>(StringComparer.Ordinal)
        {
            ["persons"] = summary.Persons,
            ["conflicts"] = summary.Conflicts.Values.Sum(),
            ["thuiszitters"] = summary.Statuses.GetValueOrDefault("ABSOLUTE_ABSENCE") + summary.Statuses.GetValueOrDefault("LONG_TERM_ABSENCE"),
            ["incremental"] = summary.Incremental ? 1 : 0,
        };
        return new StageStep(name, summary.Persons, 0, summary.Total.TotalSeconds, memory, parts, counts);
    }
}

using Npgsql;
using Thuiszitters.Gateway.Reconciliation;

namespace Thuiszitters.Benchmarks.Stages;

/// <summary>
/// A stored reconciliation of the register through <see cref="RegisterReconciliation.RunAsync"/>: full (every person)
/// or incremental (the touched persons). The step's parts split its time into load (reading the register's facts),
/// rules (the pure reconciler) and store (writing states and merging conflicts; in a full run, the time it waited for
/// the register, since states are copied in the background while the next persons are built and reconciled), and give
/// the feed's change-log step's own time (<c>feed_run_logs</c>).
/// </summary>
/// <remarks>
/// The change log's cost as a whole (issue 15: a full reconcile with it at most 10% more than without) is an A/B on the
/// same register and date after the first full run: the full run again without the change log, twice with it, and once
/// more without it (A B B A, so neither side has the warmer caches), the change log's share being the mean with over the
/// mean without.
/// </remarks>
internal static class ReconcileStage
{
    public const string Full = "reconcile full";

    /// <summary>The end of the name of a run without the change log (A); the runs with it (B) are named <c>reconcile B1 change log</c>, ...</summary>
    public const string WithoutChangeLog = " no change log";

    public static async Task<IReadOnlyList<StageStep>> RunAsync(StageRequest request, NpgsqlDataSource dataSource, CancellationToken cancellationToken) =>
    [
        await ReconcileAsync(Full, request.AsOf, null, dataSource, cancellationToken),
        await ReconcileAsync("reconcile A1" + WithoutChangeLog, request.AsOf, null, dataSource, cancellationToken, changeLog: false),
        await ReconcileAsync("reconcile B1 change log", request.AsOf, null, dataSource, cancellationToken),
        await ReconcileAsync("reconcile B2 change log", request.AsOf, null, dataSource, cancellationToken),
        await ReconcileAsync("reconcile A2" + WithoutChangeLog, request.AsOf, null, dataSource, cancellationToken, changeLog: false),
    ];

    public static async Task<StageStep> ReconcileAsync(
        string name, DateOnly asOf, IReadOnlyCollection<string>? touched, NpgsqlDataSource dataSource, CancellationToken cancellationToken,
        bool changeLog = true)
    {
        using var probe = MemoryProbe.Start();
        var summary = await new RegisterReconciliation(dataSource, TimeProvider.System) { ChangeLog = changeLog }.RunAsync(asOf, touched, cancellationToken);
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
        await using (var command = dataSource.CreateCommand("SELECT milliseconds, upserts, removals, refreshes, rebuilt FROM feed_run_logs WHERE run_id = $1"))
        {
            command.Parameters.Add(new NpgsqlParameter { Value = summary.RunId });
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            if (await reader.ReadAsync(cancellationToken))
            {
                parts["changeLog"] = reader.GetInt32(0) / 1000.0;
                counts["feedUpserts"] = reader.GetInt32(1);
                counts["feedRemovals"] = reader.GetInt32(2);
                counts["feedRefreshes"] = reader.GetInt32(3);
                counts["feedRebuilt"] = reader.GetInt32(4);
            }
        }

        return new StageStep(name, summary.Persons, 0, summary.Total.TotalSeconds, memory, parts, counts);
    }
}

using System.Diagnostics;
using Npgsql;
using Thuiszitters.Gateway.Reconciliation;
using Thuiszitters.Gateway.Reconciliation.Reading;

namespace Thuiszitters.Benchmarks.Stages;

/// <summary>
/// The weekly delta on a reconciled register, the steps of <c>DeliveryPipeline.ApplyAsync</c> timed one by one: the
/// identifiers the delivery touches (<see cref="DeliveryTouches"/>), the partial ROD batch through the ingest, then an
/// incremental reconcile of what it touched.
/// </summary>
internal static class DeltaStage
{
    public static async Task<IReadOnlyList<StageStep>> RunAsync(StageRequest request, NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        var path = request.DeltaPath ?? throw new BenchmarkException("the delta stage needs the delta file");
        StageStep ingest;
        HashSet<string> touched;
        using (var probe = MemoryProbe.Start())
        {
            var watch = Stopwatch.StartNew();
            touched = await DeliveryTouches.CollectAsync(dataSource, path, cancellationToken);
            var touches = watch.Elapsed;
            var (rows, duplicates) = await IngestStage.IngestAsync(IngestStage.NewIngestor(dataSource), [path], cancellationToken);
            watch.Stop();
            if (duplicates > 0)
            {
                throw new BenchmarkException("the weekly delta was taken for a duplicate: the register already held it");
            }

            var parts = new Dictionary<string, double>(StringComparer.Ordinal)
            {
                ["touches"] = touches.TotalSeconds,
                ["apply"] = (watch.Elapsed - touches).TotalSeconds,
            };
            var counts = new Dictionary<string, long>(StringComparer.Ordinal) { ["touchedIdentifiers"] = touched.Count };
            ingest = new StageStep("delta ingest", rows, 1, watch.Elapsed.TotalSeconds, probe.Stop(), parts, counts);
        }

        var reconcile = await ReconcileStage.ReconcileAsync("delta reconcile", request.AsOf, touched, dataSource, cancellationToken);
        return [ingest, reconcile];
    }
}

using System.Diagnostics;
using System.Text.Json;
using Npgsql;
using Thuiszitters.Gateway.Feed;
using Thuiszitters.Gateway.Reconciliation;
using Thuiszitters.Gateway.Reconciliation.Reading;

namespace Thuiszitters.Benchmarks.Stages;

/// <summary>
/// The weekly delta on a reconciled register, the steps of <c>DeliveryPipeline.ApplyAsync</c> timed one by one: the
/// identifiers the delivery touches (<see cref="DeliveryTouches"/>), the partial ROD batch through the ingest, then an
/// incremental reconcile of what it touched. Then, how long after the delivery began its changes could be read from the
/// leerplicht feed: every gemeente whose feed moved is read (<see cref="FeedReader.ReadPageAsync"/>, the pages the API
/// serves) from where its feed stood before the delivery, until every new event has been read.
/// </summary>
internal static class DeltaStage
{
    public const string InFeed = "delta in feed";

    public static async Task<IReadOnlyList<StageStep>> RunAsync(StageRequest request, NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        var path = request.DeltaPath ?? throw new BenchmarkException("the delta stage needs the delta file");
        var heads = await HeadsAsync(dataSource, cancellationToken);
        var delivery = Stopwatch.StartNew();
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
        var inFeed = await ReadFeedAsync(dataSource, heads, delivery, cancellationToken);
        return [ingest, reconcile, inFeed];
    }

    /// <summary>
    /// Reads the new events of every gemeente whose feed moved; the step's time runs from the start of the delivery to the
    /// last page read (overlapping the delta's own steps), its part <c>read</c> is the reading alone.
    /// </summary>
    internal static async Task<StageStep> ReadFeedAsync(
        NpgsqlDataSource dataSource, Dictionary<string, long> before, Stopwatch delivery, CancellationToken cancellationToken)
    {
        using var probe = MemoryProbe.Start();
        var reading = Stopwatch.StartNew();
        var reader = new FeedReader(dataSource);
        long events = 0, expected = 0, pages = 0;
        var gemeenten = 0;
        foreach (var (gemeente, head) in await HeadsAsync(dataSource, cancellationToken))
        {
            var after = before.GetValueOrDefault(gemeente);
            if (head == after)
            {
                continue;
            }

            gemeenten++;
            expected += head - after;
            var more = true;
            while (more)
            {
                var page = await reader.ReadPageAsync(gemeente, after, FeedEndpoints.MaxLimit, cancellationToken);
                pages++;
                events += page.Pgns.Length;
                using var json = JsonDocument.Parse(page.Json);
                more = json.RootElement.GetProperty("hasMore").GetBoolean();
                if (!FeedCursor.TryDecode(json.RootElement.GetProperty("nextCursor").GetString()!, gemeente, out after))
                {
                    throw new BenchmarkException("the feed answered a cursor of another gemeente");
                }
            }
        }

        var total = delivery.Elapsed;
        if (events != expected)
        {
            throw new BenchmarkException($"the feed gave {events} of the delta's {expected} events");
        }

        var parts = new Dictionary<string, double>(StringComparer.Ordinal) { ["read"] = reading.Elapsed.TotalSeconds };
        var counts = new Dictionary<string, long>(StringComparer.Ordinal) { ["events"] = events, ["gemeenten"] = gemeenten, ["pages"] = pages };
        return new StageStep(InFeed, events, 0, total.TotalSeconds, probe.Stop(), parts, counts, Overlapping: true);
    }

    internal static async Task<Dictionary<string, long>> HeadsAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        var heads = new Dictionary<string, long>(StringComparer.Ordinal);
        await using var command = dataSource.CreateCommand("SELECT gemeente, last_sequence FROM feed_gemeenten");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            heads[reader.GetString(0)] = reader.GetInt64(1);
        }

        return heads;
    }
}

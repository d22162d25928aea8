using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Thuiszitters.Benchmarks.DataSet;
using Thuiszitters.Connectors;
using Thuiszitters.Gateway.Ingest;
using Thuiszitters.Gateway.Register.Entities;

namespace Thuiszitters.Benchmarks.Stages;

/// <summary>
/// The product ingest of the whole data set as one <see cref="IngestRun"/>, exactly as the drop-folder ingest applies
/// a folder: a start step (the bulk decision and index drops), one step per file kind, and a finish step (purge, index
/// builds, statistics, the flushed commit). A file refused fails
/// the benchmark (its figures would not be the same rows as the baseline's). A file the ingest takes for a duplicate
/// (the same bytes as an earlier one: two schools' header-only exports are byte-identical) is counted, not failed.
/// </summary>
internal static class IngestStage
{
    public static async Task<IReadOnlyList<StageStep>> RunAsync(StageRequest request, NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        var folder = request.DataSetFolder ?? throw new BenchmarkException("the ingest stage needs the data set folder");
        var ingestor = NewIngestor(dataSource);
        var steps = new List<StageStep>();
        var kinds = FileKinds.Group(folder);
        IngestRun run;
        using (var probe = MemoryProbe.Start())
        {
            var watch = Stopwatch.StartNew();
            run = await ingestor.BeginRunAsync([.. kinds.SelectMany(k => k.Paths)], BulkMode.Auto, cancellationToken);
            steps.Add(new StageStep("ingest start", 0, 0, watch.Elapsed.TotalSeconds, probe.Stop(),
                Counts: new Dictionary<string, long>(StringComparer.Ordinal) { ["bulk"] = run.Bulk ? 1 : 0, ["droppedIndexes"] = run.DroppedIndexes }));
        }

        foreach (var kind in kinds)
        {
            var reading = ReadOnly(kind.Paths, cancellationToken);
            using var probe = MemoryProbe.Start();
            var watch = Stopwatch.StartNew();
            var (rows, duplicates) = await IngestAsync(ingestor, run, kind.Paths, cancellationToken);
            watch.Stop();
            var memory = probe.Stop();

            // The reader's share is measured in a pass of its own before the ingest; the rest is database and per-file work.
            var parts = new Dictionary<string, double>(StringComparer.Ordinal)
            {
                ["read (reader alone)"] = reading.TotalSeconds,
                ["rest (database, per file)"] = Math.Max(0, (watch.Elapsed - reading).TotalSeconds),
            };
            var counts = new Dictionary<string, long>(StringComparer.Ordinal) { ["files"] = kind.Paths.Count, ["duplicateFiles"] = duplicates };
            steps.Add(new StageStep("ingest " + kind.Label, rows, kind.Paths.Count, watch.Elapsed.TotalSeconds, memory, parts, counts));
        }

        using (var probe = MemoryProbe.Start())
        {
            var watch = Stopwatch.StartNew();
            await run.CompleteAsync(cancellationToken);
            steps.Add(new StageStep("ingest finish", 0, 0, watch.Elapsed.TotalSeconds, probe.Stop()));
        }

        return steps;
    }

    public static DeliveryIngestor NewIngestor(NpgsqlDataSource dataSource) =>
        new(dataSource, TimeProvider.System, IngestOptions.Default, NullLogger<DeliveryIngestor>.Instance);

    /// <summary>Applies the files in order; returns the facts they brought and how many were taken for duplicates.</summary>
    public static async Task<(long Rows, long Duplicates)> IngestAsync(DeliveryIngestor ingestor, IngestRun? run, IEnumerable<string> paths, CancellationToken cancellationToken)
    {
        long rows = 0, duplicates = 0;
        foreach (var path in paths)
        {
            var result = run is null ? await ingestor.IngestFileAsync(path, cancellationToken) : await ingestor.IngestFileAsync(path, run, cancellationToken);
            if (result.Outcome is not (DeliveryOutcomes.Applied or DeliveryOutcomes.Duplicate))
            {
                throw new BenchmarkException($"the ingest did not apply {result}");
            }

            rows += result.RecordCount;
            duplicates += result.Outcome == DeliveryOutcomes.Duplicate ? 1 : 0;
        }

        return (rows, duplicates);
    }

    /// <summary>How long the connectors alone take to read the files (no database).</summary>
    private static TimeSpan ReadOnly(IEnumerable<string> paths, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        foreach (var path in paths)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var record in SourceReader.ReadFile(path))
            {
                GC.KeepAlive(record);
            }
        }

        return watch.Elapsed;
    }
}

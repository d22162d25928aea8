using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Thuiszitters.Benchmarks.DataSet;
using Thuiszitters.Connectors;
using Thuiszitters.Gateway.Ingest;
using Thuiszitters.Gateway.Register.Entities;

namespace Thuiszitters.Benchmarks.Stages;

/// <summary>
/// The product ingest of the whole data set as the <c>ingest</c> command applies a folder: one
/// <see cref="DropFolderIngestor"/> run over every drop file, with its default parallelism. Its wall time is split
/// into the start (bulk decision, index drops, id reservation), the deliveries (until the last file is done) and the
/// finish (waiting for the index builds still running, the flushed commit). Per file kind an overlapping step
/// (kinds are applied at the same time) gives the sum of its deliveries' own durations and when its last file was done
/// (results are reported in drop-folder order: when it and every file before it were done).
/// A file refused fails the benchmark (its figures would not be the same rows as the baseline's). A file the ingest
/// takes for a duplicate (the same bytes as an earlier one: two schools' header-only exports are byte-identical) is
/// counted, not failed.
/// </summary>
internal static class IngestStage
{
    public static async Task<IReadOnlyList<StageStep>> RunAsync(StageRequest request, NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        var folder = request.DataSetFolder ?? throw new BenchmarkException("the ingest stage needs the data set folder");
        var kinds = FileKinds.Group(folder);

        // The readers' share, measured in a pass of their own before the run (it also warms the page cache).
        var reading = kinds.ToDictionary(k => k.Kind, k => ReadOnly(k.Paths, cancellationToken));

        var rows = kinds.ToDictionary(k => k.Kind, _ => 0L);
        var duplicates = kinds.ToDictionary(k => k.Kind, _ => 0L);
        var applying = kinds.ToDictionary(k => k.Kind, _ => TimeSpan.Zero);
        var lastDone = kinds.ToDictionary(k => k.Kind, _ => TimeSpan.Zero);
        var begun = TimeSpan.Zero;
        var (bulk, dropped) = (false, 0);
        var ingestor = new DropFolderIngestor(NewIngestor(dataSource));
        using var probe = MemoryProbe.Start();
        var watch = Stopwatch.StartNew();
        await ingestor.IngestFilesAsync(
            kinds.SelectMany(k => k.Paths),
            result =>
            {
                var kind = Checked(result);
                rows[kind] += result.RecordCount;
                duplicates[kind] += result.Outcome == DeliveryOutcomes.Duplicate ? 1 : 0;
                applying[kind] += result.Duration;
                lastDone[kind] = watch.Elapsed;
            },
            run =>
            {
                begun = watch.Elapsed;
                (bulk, dropped) = (run.Bulk, run.DroppedIndexes);
            },
            cancellationToken);
        var total = watch.Elapsed;
        var memory = probe.Stop() with { Scope = "run" };
        var delivered = lastDone.Values.Max();

        var steps = new List<StageStep>
        {
            new("ingest start", 0, 0, begun.TotalSeconds, memory,
                Counts: new Dictionary<string, long>(StringComparer.Ordinal) { ["bulk"] = bulk ? 1 : 0, ["droppedIndexes"] = dropped }),
            new("ingest deliveries", rows.Values.Sum(), kinds.Sum(k => k.Paths.Count), (delivered - begun).TotalSeconds, memory),
        };
        foreach (var kind in kinds)
        {
            var parts = new Dictionary<string, double>(StringComparer.Ordinal)
            {
                ["read (reader alone)"] = reading[kind.Kind].TotalSeconds,
                ["last file done (after the start)"] = (lastDone[kind.Kind] - begun).TotalSeconds,
            };
            var counts = new Dictionary<string, long>(StringComparer.Ordinal) { ["files"] = kind.Paths.Count, ["duplicateFiles"] = duplicates[kind.Kind] };
            steps.Add(new StageStep("ingest " + kind.Label, rows[kind.Kind], kind.Paths.Count, applying[kind.Kind].TotalSeconds, memory, parts, counts, Overlapping: true));
        }

        steps.Add(new StageStep("ingest finish", 0, 0, (total - delivered).TotalSeconds, memory));
        return steps;
    }

    public static DeliveryIngestor NewIngestor(NpgsqlDataSource dataSource) =>
        new(dataSource, TimeProvider.System, IngestOptions.Default, NullLogger<DeliveryIngestor>.Instance);

    /// <summary>Applies the files one by one, each on its own; returns the facts they brought and how many were taken for duplicates.</summary>
    public static async Task<(long Rows, long Duplicates)> IngestAsync(DeliveryIngestor ingestor, IEnumerable<string> paths, CancellationToken cancellationToken)
    {
        long rows = 0, duplicates = 0;
        foreach (var path in paths)
        {
            var result = await ingestor.IngestFileAsync(path, cancellationToken);
            Checked(result);
            rows += result.RecordCount;
            duplicates += result.Outcome == DeliveryOutcomes.Duplicate ? 1 : 0;
        }

        return (rows, duplicates);
    }

    /// <summary>The kind of an applied (or duplicate) file; any other outcome fails the benchmark.</summary>
    private static SourceKind Checked(DeliveryResult result) =>
        result.Outcome is DeliveryOutcomes.Applied or DeliveryOutcomes.Duplicate && DropFileName.TryParse(result.FileName, out var name) && name is not null
            ? name.Kind
            : throw new BenchmarkException($"the ingest did not apply {result}");

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

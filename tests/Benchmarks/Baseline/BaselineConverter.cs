using System.Text.Json;
using Thuiszitters.Benchmarks.DataSet;
using Thuiszitters.Connectors;
using Thuiszitters.Gateway.Ingest;

namespace Thuiszitters.Benchmarks.Baseline;

/// <summary>
/// Turns the files of one kind into plain CSV intermediates, once and outside any timing: each record becomes the
/// row the product would write (owner, delivery, line, then its columns), quarantined records are left out as the
/// product leaves them out of the fact tables. A manifest written last marks the intermediates complete for reuse.
/// </summary>
internal static class BaselineConverter
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public static BaselineInput Ensure(KindFiles kind, string folder, CancellationToken cancellationToken)
    {
        var manifest = Path.Combine(folder, kind.Label + ".manifest.json");
        if (File.Exists(manifest))
        {
            using var stream = File.OpenRead(manifest);
            return JsonSerializer.Deserialize<BaselineInput>(stream, Json) ?? throw new BenchmarkException($"{manifest} is empty");
        }

        Directory.CreateDirectory(folder);
        var writers = new Dictionary<string, (FactTable Table, CsvFileWriter Writer, string Path)>(StringComparer.Ordinal);
        try
        {
            long delivery = 0;
            foreach (var path in kind.Paths)
            {
                cancellationToken.ThrowIfCancellationRequested();
                delivery++;
                Convert(path, delivery, table =>
                {
                    if (!writers.TryGetValue(table.Name, out var entry))
                    {
                        var file = Path.Combine(folder, $"{kind.Label}.{table.Name}.csv");
                        writers[table.Name] = entry = (table, new CsvFileWriter(file), file);
                    }

                    return entry.Writer;
                });
            }
        }
        finally
        {
            foreach (var entry in writers.Values)
            {
                entry.Writer.Dispose();
            }
        }

        var input = new BaselineInput(kind.Label, [.. writers.Values.Select(e => new BaselineTable(e.Table.Name, e.Table.AllColumns, e.Path, e.Writer.Rows))]);
        File.WriteAllText(manifest, JsonSerializer.Serialize(input, Json));
        return input;
    }

    private static void Convert(string path, long delivery, Func<FactTable, CsvFileWriter> writerFor)
    {
        string? owner = null;
        var complete = false;
        foreach (var record in SourceReader.ReadFile(path))
        {
            switch (record)
            {
                case SchoolExportHeader school:
                    owner = school.School.ToString();
                    break;
                case RodBatchHeader rod:
                    (owner, complete) = (rod.Recipient, rod.Type == RodBatchType.Complete);
                    break;
                case BrpHeader brp:
                    owner = brp.Gemeente.Value;
                    break;
                case QuarantinedRecord:
                    break;
                case FileRejected rejected:
                    throw new BenchmarkException($"the data set's file is refused: {rejected}");
                case RodEnrolmentRecord { Mutatie: 'V' } when complete:
                    // The product applies no removal from a complete batch (RodBatchPlan); neither does the baseline.
                    break;
                default:
                    var (table, values) = RecordColumns.Of(record);
                    writerFor(table).WriteRow(owner ?? throw new BenchmarkException($"{path}: a record before the header"), delivery, record.Line, values);
                    break;
            }
        }
    }
}

using Npgsql;
using Thuiszitters.Connectors;

namespace Thuiszitters.Gateway.Ingest;

/// <summary>
/// Streams facts into their tables with binary COPY, one COPY per run of records with the same target: a file
/// that keeps its record kinds together (as the formats do) costs one COPY per kind and no per-row round trips. For a
/// table of runs (<see cref="FactTable.Runs"/>) the records are gathered into a row until one does not belong.
/// </summary>
internal sealed class FactWriter(NpgsqlConnection connection, IngestOptions options) : IAsyncDisposable
{
    private NpgsqlBinaryImporter? importer;
    private string? currentTable;
    private IRecordRun? run;
    private string owner = string.Empty;
    private long deliveryId;

    public long RowsWritten { get; private set; }

    public async ValueTask WriteAsync(FactTarget target, string owner, long deliveryId, SourceRecord record, CancellationToken cancellationToken)
    {
        if (importer is null || currentTable != target.Table)
        {
            await CompleteAsync(cancellationToken);
            importer = await connection.BeginBinaryImportAsync(target.Fact.CopyCommand(target.Table), cancellationToken);
            currentTable = target.Table;
            run = target.Fact.NewRun();
            (this.owner, this.deliveryId) = (owner, deliveryId);
        }

        if (run is null)
        {
            target.Fact.WriteRow(importer, owner, deliveryId, record);
        }
        else if (!run.TryAdd(record))
        {
            FactTable.WriteRun(importer, owner, deliveryId, run);
            if (!run.TryAdd(record))
            {
                throw new InvalidOperationException("An empty run refused a record.");
            }
        }

        RowsWritten++;
        if (RowsWritten == options.PauseAfterRows)
        {
            await PauseAsync(cancellationToken);
        }
    }

    /// <summary>Finishes the running COPY (with the run it holds), if any; its rows stay subject to the transaction.</summary>
    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        if (importer is null)
        {
            return;
        }

        if (run is { Count: > 0 })
        {
            FactTable.WriteRun(importer, owner, deliveryId, run);
        }

        run = null;
        await importer.CompleteAsync(cancellationToken);
        await importer.DisposeAsync();
        importer = null;
        currentTable = null;
    }

    /// <summary>Aborts the running COPY, if any (the caller rolls the transaction back).</summary>
    public async ValueTask DisposeAsync()
    {
        if (importer is null)
        {
            return;
        }

        try
        {
            await importer.DisposeAsync();
        }
        catch (NpgsqlException)
        {
            // Cancelling a COPY reports the cancellation as an error; the transaction is rolled back anyway.
        }

        importer = null;
        currentTable = null;
        run = null;
    }

    private async Task PauseAsync(CancellationToken cancellationToken)
    {
        await Console.Error.WriteLineAsync($"{IngestOptions.PauseMessage} after {RowsWritten} rows");
        await Console.Error.FlushAsync(cancellationToken);
        await Task.Delay(options.PauseFor, cancellationToken);
    }
}

using Npgsql;
using Thuiszitters.Connectors;
using Thuiszitters.Gateway.Register;

namespace Thuiszitters.Gateway.Ingest;

/// <summary>
/// Streams facts into their tables with binary COPY, one COPY per run of records with the same target: a file
/// that keeps its record kinds together (as the formats do) costs one COPY per kind and no per-row round trips. For a
/// table of runs (<see cref="FactTable.Runs"/>) the records are gathered into a row until one does not belong.
/// </summary>
internal sealed class FactWriter(NpgsqlConnection connection, IngestOptions options) : IAsyncDisposable
{
    private BinaryCopyWriter? writer;
    private string? currentTable;
    private IRecordRun? run;
    private string owner = string.Empty;
    private long deliveryId;

    public long RowsWritten { get; private set; }

    /// <summary>Writes a record; completes synchronously except when a COPY starts or a full buffer is sent.</summary>
    public async ValueTask WriteAsync(FactTarget target, string owner, long deliveryId, SourceRecord record, CancellationToken cancellationToken)
    {
        if (writer is null || currentTable != target.Table)
        {
            await CompleteAsync(cancellationToken);
            writer = await BinaryCopyWriter.BeginAsync(connection, target.Fact.CopyCommand(target.Table), cancellationToken);
            currentTable = target.Table;
            run = target.Fact.NewRun();
            (this.owner, this.deliveryId) = (owner, deliveryId);
        }

        if (run is null)
        {
            target.Fact.WriteRow(writer, owner, deliveryId, record);
        }
        else if (!run.TryAdd(record))
        {
            FactTable.WriteRun(writer, owner, deliveryId, run);
            if (!run.TryAdd(record))
            {
                throw new InvalidOperationException("An empty run refused a record.");
            }
        }

        RowsWritten++;
        await writer.FlushIfFullAsync(cancellationToken);
        if (RowsWritten == options.PauseAfterRows)
        {
            await PauseAsync(cancellationToken);
        }
    }

    /// <summary>Finishes the running COPY (with the run it holds), if any; its rows stay subject to the transaction.</summary>
    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        if (writer is null)
        {
            return;
        }

        if (run is { Count: > 0 })
        {
            FactTable.WriteRun(writer, owner, deliveryId, run);
        }

        run = null;
        await writer.CompleteAsync(cancellationToken);
        await writer.DisposeAsync();
        writer = null;
        currentTable = null;
    }

    /// <summary>Aborts the running COPY, if any (the caller rolls the transaction back).</summary>
    public async ValueTask DisposeAsync()
    {
        if (writer is null)
        {
            return;
        }

        await writer.DisposeAsync();
        writer = null;
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

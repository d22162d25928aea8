using Npgsql;
using Thuiszitters.Connectors;

namespace Thuiszitters.Gateway.Ingest;

/// <summary>
/// Streams facts into their tables with binary COPY, one COPY per run of records with the same target: a file
/// that keeps its record kinds together (as the formats do) costs one COPY per kind and no per-row round trips.
/// </summary>
internal sealed class FactWriter(NpgsqlConnection connection, IngestOptions options) : IAsyncDisposable
{
    private NpgsqlBinaryImporter? importer;
    private string? currentTable;

    public long RowsWritten { get; private set; }

    public async ValueTask WriteAsync(FactTarget target, string owner, long deliveryId, SourceRecord record, CancellationToken cancellationToken)
    {
        if (importer is null || currentTable != target.Table)
        {
            await CompleteAsync(cancellationToken);
            importer = await connection.BeginBinaryImportAsync(target.Fact.CopyCommand(target.Table), cancellationToken);
            currentTable = target.Table;
        }

        target.Fact.WriteRow(importer, owner, deliveryId, record);
        RowsWritten++;
        if (RowsWritten == options.PauseAfterRows)
        {
            await PauseAsync(cancellationToken);
        }
    }

    /// <summary>Finishes the running COPY, if any; its rows stay subject to the transaction.</summary>
    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        if (importer is null)
        {
            return;
        }

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
    }

    private async Task PauseAsync(CancellationToken cancellationToken)
    {
        await Console.Error.WriteLineAsync($"{IngestOptions.PauseMessage} after {RowsWritten} rows");
        await Console.Error.FlushAsync(cancellationToken);
        await Task.Delay(options.PauseFor, cancellationToken);
    }
}

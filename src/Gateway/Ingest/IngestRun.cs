using System.Globalization;
using Npgsql;
using Thuiszitters.Connectors;

namespace Thuiszitters.Gateway.Ingest;

/// <summary>
/// One run of deliveries (a drop folder). Every delivery stays its own transaction, committed without waiting for the
/// WAL flush; <see cref="CompleteAsync"/> ends with one flushed commit, so the run is durable when it returns. A server
/// crash in the middle can lose the last deliveries' commits, never part of one: they are applied again by the next run
/// over the same folder.
/// </summary>
/// <remarks>
/// <para>
/// The run reserves a delivery id per file up front, in the order it is given the files (drop-folder order), so the ids
/// (which break ties in reconciliation) do not depend on which delivery happens to finish first when several are
/// applied at once (<see cref="DeliveryScheduler"/>).
/// </para>
/// <para>
/// In bulk mode the indexes of the fact tables the run's files can write are dropped first (<see cref="FactIndexes"/>),
/// and the rows a newer export replaces are left in place instead of deleted per delivery (readers take only each owner's
/// current delivery). As soon as no remaining file of the run can write a table, that table is finished in the background
/// on a connection of its own: the replaced rows purged, its indexes built, its statistics refreshed, while the other
/// tables are still loading. <see cref="CompleteAsync"/> waits for all of them.
/// </para>
/// </remarks>
internal sealed class IngestRun : IAsyncDisposable
{
    /// <summary>A run bulk-loads in auto mode from this many bytes of files.</summary>
    public const long BulkMinimumBytes = 64L * 1024 * 1024;

    /// <summary>How many tables are finished (purge, index builds, <c>ANALYZE</c>) at the same time.</summary>
    public const int ConcurrentTableFinishes = 2;

    private readonly NpgsqlDataSource dataSource;
    private readonly object gate = new();
    private readonly HashSet<string> purge = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> deliveryIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<FactTable>> tablesOf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> remainingWriters = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Task> finishing = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim finishSlots = new(ConcurrentTableFinishes);
    private readonly CancellationTokenSource abandon = new();

    private IngestRun(NpgsqlDataSource dataSource, bool bulk, bool asynchronousCommit)
    {
        this.dataSource = dataSource;
        Bulk = bulk;
        AsynchronousCommit = asynchronousCommit;
    }

    /// <summary>A single delivery on its own: indexes kept, commit flushed before the result is returned.</summary>
    public static IngestRun Single(NpgsqlDataSource dataSource) => new(dataSource, false, false);

    public bool Bulk { get; }

    public bool AsynchronousCommit { get; }

    /// <summary>Indexes the run dropped (bulk mode) or found dropped by an earlier run that did not finish.</summary>
    public int DroppedIndexes { get; private set; }

    /// <summary>
    /// Starts a run over <paramref name="files"/>, given in the order they are to be applied: first builds any index an
    /// unfinished earlier run left dropped, then, in bulk mode, drops the indexes of the fact tables the files can write,
    /// and reserves a delivery id per file, in that order.
    /// </summary>
    public static async Task<IngestRun> BeginAsync(
        NpgsqlDataSource dataSource, IReadOnlyCollection<string> files, BulkMode mode, TimeProvider time, CancellationToken cancellationToken)
    {
        await FactIndexes.RestoreAsync(dataSource, cancellationToken);
        var bulk = mode switch
        {
            BulkMode.On => true,
            BulkMode.Off => false,
            _ => await IsLarge(dataSource, files.Sum(f => new FileInfo(f).Length), cancellationToken),
        };
        var run = new IngestRun(dataSource, bulk, true);
        var paths = files.Select(Path.GetFullPath).Distinct(StringComparer.Ordinal).ToList();
        foreach (var path in paths)
        {
            var tables = DropFileName.TryParse(Path.GetFileName(path), out var name) && name is not null ? FactTables.WrittenBy(name.Kind) : [];
            run.tablesOf[path] = tables;
            foreach (var table in tables)
            {
                run.remainingWriters[table.Name] = run.remainingWriters.GetValueOrDefault(table.Name) + 1;
            }
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        if (bulk)
        {
            run.DroppedIndexes = await FactIndexes.DropAsync(connection, run.remainingWriters.Keys, time.GetUtcNow(), cancellationToken);
        }

        await using (var command = new NpgsqlCommand("SELECT nextval(pg_get_serial_sequence('deliveries', 'id')) FROM generate_series(1, @count)", connection))
        {
            command.Parameters.AddWithValue("count", paths.Count);
            var ids = new List<long>(paths.Count);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                ids.Add(reader.GetInt64(0));
            }

            ids.Sort();
            for (var i = 0; i < paths.Count; i++)
            {
                run.deliveryIds[paths[i]] = ids[i];
            }
        }

        return run;
    }

    /// <summary>
    /// Large: at least <see cref="BulkMinimumBytes"/> of files, and at least a fifth of the fact tables' current size.
    /// Building an index anew costs about as much as maintaining it for a fifth of its rows.
    /// </summary>
    public static async Task<bool> IsLarge(NpgsqlDataSource dataSource, long fileBytes, CancellationToken cancellationToken)
    {
        if (fileBytes < BulkMinimumBytes)
        {
            return false;
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT coalesce(sum(pg_table_size(t::regclass)), 0)::bigint FROM unnest(@tables) AS t", connection);
        command.Parameters.AddWithValue("tables", FactIndexes.Tables);
        var tableBytes = (long)(await command.ExecuteScalarAsync(cancellationToken))!;
        return fileBytes * 5 >= tableBytes;
    }

    /// <summary>The delivery id the run reserved for <paramref name="path"/>; null for a file that is not part of the run.</summary>
    public long? DeliveryIdFor(string path) =>
        deliveryIds.TryGetValue(Path.GetFullPath(path), out var id) ? id : null;

    /// <summary>Called by a delivery that left the rows it replaces in <paramref name="table"/> for the end of the run.</summary>
    public void DeferPurge(string table)
    {
        lock (gate)
        {
            purge.Add(table);
        }
    }

    /// <summary>
    /// Called when the delivery of <paramref name="path"/> is committed (whatever its outcome): a table no remaining
    /// file of the run can write is finished in the background.
    /// </summary>
    public void Delivered(string path)
    {
        lock (gate)
        {
            if (!tablesOf.Remove(Path.GetFullPath(path), out var tables))
            {
                return;
            }

            foreach (var table in tables)
            {
                if (--remainingWriters[table.Name] == 0)
                {
                    StartFinishing(table.Name);
                }
            }
        }
    }

    /// <summary>
    /// Finishes every table not finished yet (files of the run that were not applied no longer count), waits for all
    /// tables' purges, index builds and statistics, and flushes the run's commits.
    /// </summary>
    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        Task[] all;
        lock (gate)
        {
            tablesOf.Clear();
            foreach (var (table, writers) in remainingWriters.ToList())
            {
                if (writers > 0)
                {
                    remainingWriters[table] = 0;
                    StartFinishing(table);
                }
            }

            all = [.. finishing.Values];
        }

        await Task.WhenAll(all).WaitAsync(cancellationToken);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);

        // Anything still listed (none after a run that went as planned) is built here, as the next run would.
        await FactIndexes.RestoreAsync(connection, cancellationToken);

        // A commit that waits for the WAL flush also flushes every commit before it.
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await Sql.ExecuteAsync(connection, "SET LOCAL synchronous_commit TO on; SELECT pg_current_xact_id()", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// Stops the background work of a run that is not completed (its transactions roll back; the indexes it did not build
    /// stay listed for the next run) and waits for it to end.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        Task[] all;
        lock (gate)
        {
            all = [.. finishing.Values];
        }

        await abandon.CancelAsync();
        try
        {
            await Task.WhenAll(all);
        }
        catch (Exception e) when (e is OperationCanceledException or NpgsqlException)
        {
            // The run failed or was cancelled already; what was not built is listed in deferred_indexes.
        }

        abandon.Dispose();
        finishSlots.Dispose();
    }

    /// <summary>The background finishing of <paramref name="table"/> (purge, index builds, statistics); null until it has begun.</summary>
    public Task? Finishing(string table)
    {
        lock (gate)
        {
            return finishing.GetValueOrDefault(table);
        }
    }

    /// <summary>Rows of a delivery that is no longer its owner's current one.</summary>
    internal static string PurgeSql(string table) => table switch
    {
        "residents" => "DELETE FROM residents p WHERE NOT EXISTS (SELECT 1 FROM brp_state s WHERE s.delivery_id = p.delivery_id)",
        "school_pupils" or "absence_runs" or "thuiszitter_registrations" =>
            string.Create(CultureInfo.InvariantCulture, $"DELETE FROM {table} p WHERE NOT EXISTS (SELECT 1 FROM school_export_state s WHERE s.delivery_id = p.delivery_id)"),
        _ => throw new ArgumentOutOfRangeException(nameof(table), table, "Not a table whose rows are replaced per owner."),
    };

    /// <summary>Starts finishing <paramref name="table"/> (under the gate); only a bulk run leaves work for the end.</summary>
    private void StartFinishing(string table)
    {
        if (Bulk)
        {
            var purgeFirst = purge.Contains(table);
            finishing[table] = Task.Run(() => FinishTableAsync(table, purgeFirst, abandon.Token));
        }
    }

    private async Task FinishTableAsync(string table, bool purgeFirst, CancellationToken cancellationToken)
    {
        await finishSlots.WaitAsync(cancellationToken);
        try
        {
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
            if (purgeFirst)
            {
                await Sql.ExecuteAsync(connection, PurgeSql(table), cancellationToken);
            }

            await FactIndexes.RestoreAsync(connection, table, cancellationToken);
            await Sql.ExecuteAsync(connection, "ANALYZE " + table, cancellationToken);
        }
        finally
        {
            finishSlots.Release();
        }
    }
}

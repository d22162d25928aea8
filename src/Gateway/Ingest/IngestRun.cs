using System.Globalization;
using Npgsql;

namespace Thuiszitters.Gateway.Ingest;

/// <summary>How a run of several deliveries treats the fact tables' indexes.</summary>
internal enum BulkMode
{
    /// <summary>Bulk when the files are large next to what the register holds (see <see cref="IngestRun.IsLarge"/>).</summary>
    Auto,

    /// <summary>Always drop and rebuild the indexes.</summary>
    On,

    /// <summary>Keep the indexes; every delivery maintains them.</summary>
    Off,
}

/// <summary>
/// One run of deliveries (a drop folder). Every delivery stays its own transaction, committed without waiting for the
/// WAL flush; <see cref="CompleteAsync"/> ends with one flushed commit, so the run is durable when it returns. A server
/// crash in the middle can lose the last deliveries' commits, never part of one: they are applied again by the next run
/// over the same folder. In bulk mode the fact tables' indexes are dropped first and rebuilt at the end
/// (<see cref="FactIndexes"/>), and the rows a newer export replaces are purged in one pass at the end instead of per
/// delivery; until then readers take only each owner's current delivery.
/// </summary>
internal sealed class IngestRun
{
    /// <summary>A run bulk-loads in auto mode from this many bytes of files.</summary>
    public const long BulkMinimumBytes = 64L * 1024 * 1024;

    private readonly NpgsqlDataSource dataSource;
    private readonly HashSet<string> purge = new(StringComparer.Ordinal);

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
    /// Starts a run over <paramref name="files"/>: first builds any index an unfinished earlier run left dropped, then, in
    /// bulk mode, drops the fact tables' indexes.
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
        if (bulk)
        {
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
            run.DroppedIndexes = await FactIndexes.DropAsync(connection, time.GetUtcNow(), cancellationToken);
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

    /// <summary>Called by a delivery that left the rows it replaces in <paramref name="table"/> for the end of the run.</summary>
    public void DeferPurge(string table)
    {
        lock (purge)
        {
            purge.Add(table);
        }
    }

    /// <summary>Purges replaced rows, rebuilds the indexes, refreshes the planner's statistics and flushes the run's commits.</summary>
    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        foreach (var table in purge.Order(StringComparer.Ordinal))
        {
            await Sql.ExecuteAsync(connection, PurgeSql(table), cancellationToken);
        }

        purge.Clear();
        await FactIndexes.RestoreAsync(connection, cancellationToken);
        if (Bulk)
        {
            await Sql.ExecuteAsync(connection, "ANALYZE " + string.Join(", ", FactIndexes.Tables), cancellationToken);
        }

        // A commit that waits for the WAL flush also flushes every commit before it.
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await Sql.ExecuteAsync(connection, "SET LOCAL synchronous_commit TO on; SELECT pg_current_xact_id()", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Rows of a delivery that is no longer its owner's current one.</summary>
    internal static string PurgeSql(string table) => table switch
    {
        "residents" => "DELETE FROM residents p WHERE NOT EXISTS (SELECT 1 FROM brp_state s WHERE s.delivery_id = p.delivery_id)",
        "school_pupils" or "absence_days" or "thuiszitter_registrations" =>
            string.Create(CultureInfo.InvariantCulture, $"DELETE FROM {table} p WHERE NOT EXISTS (SELECT 1 FROM school_export_state s WHERE s.delivery_id = p.delivery_id)"),
        _ => throw new ArgumentOutOfRangeException(nameof(table), table, "Not a table whose rows are replaced per owner."),
    };
}

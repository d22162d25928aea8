using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using System.Text;
using Npgsql;

namespace Thuiszitters.Gateway.Reconciliation.Reading;

/// <summary>
/// The full read in buckets with one scan per table: <see cref="SpillAsync"/> streams each table once with binary COPY
/// and writes every row, tuple by tuple as PostgreSQL sends it, to the spill file of its (bucket, table) in a temporary
/// directory that goes when this is disposed; each bucket is then read from its files, table by table, in the order of
/// the scan (<see cref="SpilledBucket"/>).
/// </summary>
internal sealed class RegisterSpill(int buckets) : IDisposable
{
    private const int FileBufferSize = 1 << 16;
    /// <summary>The tables by their usual number of rows, largest first (absences are about half of all rows).</summary>
    private static readonly FactTable[] BySize =
    [
        FactTable.Absences, FactTable.SchoolPupils, FactTable.RodPersons, FactTable.Residents, FactTable.RodEnrolments,
        FactTable.Reports, FactTable.Registrations, FactTable.Exemptions,
    ];

    private readonly DirectoryInfo directory = Directory.CreateTempSubdirectory("thuiszitters-load-");

    /// <summary>Sees one row of a table while it is spilled (the row is valid only during the call).</summary>
    public delegate void RowObserver(FactTable table, TupleRow row);

    /// <summary>The bucket of a person key (FNV-1a over its UTF-8 bytes, mixed): the same for the key's rows in every table.</summary>
    public static int BucketOf(ReadOnlySpan<byte> key, int buckets)
    {
        var hash = 2166136261u;
        foreach (var b in key)
        {
            hash = (hash ^ b) * 16777619u;
        }

        hash ^= hash >> 16;
        hash *= 0x85EBCA6Bu;
        hash ^= hash >> 13;
        return (int)(hash % (uint)buckets);
    }

    /// <inheritdoc cref="BucketOf(ReadOnlySpan{byte}, int)"/>
    public static int BucketOf(string key, int buckets)
    {
        Span<byte> bytes = stackalloc byte[Encoding.UTF8.GetMaxByteCount(key.Length)];
        return BucketOf(bytes[..Encoding.UTF8.GetBytes(key, bytes)], buckets);
    }

    /// <summary>Reads every table once and spills each row to its bucket's file; <paramref name="observe"/> sees the
    /// rows of the tables it asks for (<paramref name="observed"/>) as they pass, all on one thread.</summary>
    /// <param name="first">Reads the observed tables, then takes tables from the queue the second also takes from.</param>
    /// <param name="second">null to read everything on <paramref name="first"/>; else a connection with the same session
    /// tables (<see cref="FactQueries.SessionTablesSql"/>) that reads unobserved tables, the largest first, meanwhile.
    /// The client spends its time per row, so two connections keep both cores busy.</param>
    /// <param name="observed">Whether <paramref name="observe"/> sees a table's rows.</param>
    /// <param name="observe">Sees the rows of the observed tables (not thread-safe: only ever called from one read).</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <remarks>A table's files are its own, so two reads never write the same file and each file holds the rows as the
    /// table's COPY sent them, whichever connection read it. When one read fails, the other is cancelled and awaited
    /// before the failure is thrown, so nothing writes to the files afterwards.</remarks>
    public async Task SpillAsync(
        NpgsqlConnection first, NpgsqlConnection? second, Func<FactTable, bool> observed, RowObserver observe, CancellationToken cancellationToken)
    {
        if (second is null)
        {
            foreach (var table in FactTables.InReadOrder)
            {
                await SpillAsync(first, table, observed(table) ? observe : null, cancellationToken);
            }

            return;
        }

        var queue = new Queue<FactTable>(BySize.Where(t => !observed(t)));
        var failure = new StrongBox<ExceptionDispatchInfo?>();
        using var failed = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var reads = new[]
        {
            Task.Run(() => ReadAsync(first, [.. FactTables.InReadOrder.Where(observed)], queue, observe, failed, failure), CancellationToken.None),
            Task.Run(() => ReadAsync(second, [], queue, null, failed, failure), CancellationToken.None),
        };
        await Task.WhenAll(reads).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);

        // The failure that stopped the reads, not what it caused in the other one.
        failure.Value?.Throw();
    }

    /// <summary>The size of a spill file in bytes.</summary>
    public int Length(int bucket, FactTable table)
    {
        var length = new FileInfo(PathOf(bucket, table)).Length;
        return length <= Array.MaxLength ? (int)length : throw new InvalidOperationException("a spill file larger than 2 GB: more buckets are needed");
    }

    /// <summary>Reads a whole spill file into <paramref name="into"/>.</summary>
    /// <returns>Its length.</returns>
    public int Read(int bucket, FactTable table, Span<byte> into)
    {
        using var file = new FileStream(PathOf(bucket, table), FileMode.Open, FileAccess.Read, FileShare.Read, 0, FileOptions.SequentialScan);
        var read = 0;
        while (file.Read(into[read..]) is var n and > 0)
        {
            read += n;
        }

        return read;
    }

    public void Dispose()
    {
        try
        {
            directory.Delete(recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }

    /// <summary>One connection's reads: its own tables, then tables from the shared queue until none is left.</summary>
    private async Task ReadAsync(
        NpgsqlConnection connection, FactTable[] own, Queue<FactTable> queue, RowObserver? observe,
        CancellationTokenSource failed, StrongBox<ExceptionDispatchInfo?> failure)
    {
        try
        {
            foreach (var table in own)
            {
                await SpillAsync(connection, table, observe, failed.Token);
            }

            while (Next(queue) is { } table)
            {
                await SpillAsync(connection, table, null, failed.Token);
            }
        }
        catch (Exception e)
        {
            Interlocked.CompareExchange(ref failure.Value, ExceptionDispatchInfo.Capture(e), null);
            await failed.CancelAsync();
        }
    }

    private static FactTable? Next(Queue<FactTable> queue)
    {
        lock (queue)
        {
            return queue.TryDequeue(out var table) ? table : null;
        }
    }

    private async Task SpillAsync(NpgsqlConnection connection, FactTable table, RowObserver? observe, CancellationToken cancellationToken)
    {
        var files = new FileStream[buckets];
        try
        {
            for (var i = 0; i < buckets; i++)
            {
                files[i] = new FileStream(PathOf(i, table), FileMode.CreateNew, FileAccess.Write, FileShare.None, FileBufferSize);
            }

            var sql = $"COPY ({FactTables.Select(table, byIds: false)}) TO STDOUT (FORMAT BINARY)";
            await using var raw = await connection.BeginRawBinaryCopyAsync(sql, cancellationToken);
            var tuples = new BinaryTupleReader(raw, cancellationToken);
            var row = new TupleRow(tuples);
            tuples.ReadHeader();
            while (tuples.Read())
            {
                files[buckets == 1 ? 0 : BucketOf(tuples.Bytes(0), buckets)].Write(tuples.Tuple);
                observe?.Invoke(table, row);
            }
        }
        finally
        {
            foreach (var file in files)
            {
                file?.Dispose();
            }
        }
    }

    private string PathOf(int bucket, FactTable table) => Path.Combine(directory.FullName, $"{bucket}-{(int)table}.bin");
}

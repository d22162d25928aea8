using System.Text;
using Npgsql;

namespace Thuiszitters.Gateway.Reconciliation;

/// <summary>
/// The full read in buckets with one scan per table: <see cref="SpillAsync"/> streams each table once with binary COPY
/// and writes every row, tuple by tuple as PostgreSQL sends it, to the spill file of its (bucket, table) in a temporary
/// directory that goes when this is disposed; each bucket is then read from its files, table by table, in the order of
/// the scan (<see cref="SpilledBucket"/>).
/// </summary>
internal sealed class RegisterSpill(int buckets) : IDisposable
{
    private const int FileBufferSize = 1 << 16;
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
    /// rows of the tables it asks for (<paramref name="observed"/>) as they pass.</summary>
    public async Task SpillAsync(
        NpgsqlConnection connection, Func<FactTable, bool> observed, RowObserver observe, CancellationToken cancellationToken)
    {
        foreach (var table in FactTables.InReadOrder)
        {
            await SpillAsync(connection, table, observed(table) ? observe : null, cancellationToken);
        }
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

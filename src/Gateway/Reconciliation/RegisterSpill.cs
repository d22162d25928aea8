using System.Text;
using Npgsql;

namespace Thuiszitters.Gateway.Reconciliation;

/// <summary>
/// The full read in buckets with one scan per table. Reading the first bucket streams each table once with binary COPY:
/// that bucket's rows go straight to its reader, every other row, tuple by tuple as PostgreSQL sends it, to the spill
/// file of its (bucket, table) in a temporary directory that goes when this is disposed. The later buckets are read
/// from their files, table by table, in the order of the scan.
/// </summary>
/// <remarks>Use <see cref="First"/> for bucket 0 before <see cref="Spilled"/> for the others.</remarks>
internal sealed class RegisterSpill(int buckets) : IDisposable
{
    private const int FileBufferSize = 1 << 16;
    private readonly DirectoryInfo? directory = buckets > 1 ? Directory.CreateTempSubdirectory("thuiszitters-load-") : null;

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

    /// <summary>Bucket 0's rows, while every table is read once and the other buckets' rows are spilled.</summary>
    public BucketReader.TableSource First(NpgsqlConnection connection) => async (table, reader, cancellationToken) =>
    {
        var files = new FileStream?[buckets];
        try
        {
            for (var i = 1; i < buckets; i++)
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
                if (buckets == 1 || files[BucketOf(tuples.Bytes(0), buckets)] is not { } file)
                {
                    reader.Add(table, row);
                }
                else
                {
                    file.Write(tuples.Tuple);
                }
            }
        }
        finally
        {
            foreach (var file in files)
            {
                file?.Dispose();
            }
        }
    };

    /// <summary>The rows of a later bucket, from its spill files.</summary>
    public BucketReader.TableSource Spilled(int bucket) => (table, reader, cancellationToken) =>
    {
        using var file = new FileStream(PathOf(bucket, table), FileMode.Open, FileAccess.Read, FileShare.Read, 0, FileOptions.SequentialScan);
        var tuples = new BinaryTupleReader(file, cancellationToken);
        var row = new TupleRow(tuples);
        while (tuples.Read())
        {
            reader.Add(table, row);
        }

        return Task.CompletedTask;
    };

    public void Dispose()
    {
        try
        {
            directory?.Delete(recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }

    private string PathOf(int bucket, FactTable table) =>
        Path.Combine(directory?.FullName ?? throw new InvalidOperationException("one bucket spills nothing"), $"{bucket}-{(int)table}.bin");
}

using System.Text;
using Npgsql;

namespace Thuiszitters.Gateway.Reconciliation;

/// <summary>
/// The full read in buckets with one scan per table: each table's rows are streamed once with binary COPY and written,
/// tuple by tuple as PostgreSQL sends them, to the spill file of their (bucket, table), in a temporary directory that
/// goes when this is disposed. A bucket is then read from its files, table by table, in the order of the scan.
/// </summary>
internal sealed class RegisterSpill : IDisposable
{
    private const int FileBufferSize = 1 << 16;
    private readonly DirectoryInfo directory = Directory.CreateTempSubdirectory("thuiszitters-load-");
    private readonly int buckets;

    private RegisterSpill(int buckets) => this.buckets = buckets;

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

    /// <summary>Every table's rows in one scan each, straight into <paramref name="reader"/> (a single bucket needs no files).</summary>
    public static BucketReader.TableSource Copy(NpgsqlConnection connection) => (table, reader, cancellationToken) =>
        CopyAsync(connection, table, tuples => ReadAll(tuples, table, reader), cancellationToken);

    /// <summary>Reads every table once and writes its rows to the spill files of their buckets.</summary>
    /// <remarks>The directory is deleted when this fails or is cancelled, as when the caller disposes the result.</remarks>
    public static async Task<RegisterSpill> WriteAsync(NpgsqlConnection connection, int buckets, CancellationToken cancellationToken)
    {
        var spill = new RegisterSpill(buckets);
        try
        {
            foreach (var table in FactTables.InReadOrder)
            {
                await spill.WriteTableAsync(connection, table, cancellationToken);
            }

            return spill;
        }
        catch
        {
            spill.Dispose();
            throw;
        }
    }

    /// <summary>One bucket's rows, table by table.</summary>
    public BucketReader.TableSource Bucket(int bucket) => (table, reader, cancellationToken) =>
    {
        using var file = new FileStream(PathOf(bucket, table), FileMode.Open, FileAccess.Read, FileShare.Read, 0, FileOptions.SequentialScan);
        ReadAll(new BinaryTupleReader(file, cancellationToken), table, reader);
        return Task.CompletedTask;
    };

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

    private static void ReadAll(BinaryTupleReader tuples, FactTable table, BucketReader reader)
    {
        var row = new TupleRow(tuples);
        while (tuples.Read())
        {
            reader.Add(table, row);
        }
    }

    /// <summary>Streams the table's rows with a binary COPY to <paramref name="consume"/>.</summary>
    private static async Task CopyAsync(
        NpgsqlConnection connection, FactTable table, Action<BinaryTupleReader> consume, CancellationToken cancellationToken)
    {
        await using var raw = await connection.BeginRawBinaryCopyAsync($"COPY ({FactTables.Select(table, byIds: false)}) TO STDOUT (FORMAT BINARY)", cancellationToken);
        var tuples = new BinaryTupleReader(raw, cancellationToken);
        tuples.ReadHeader();
        consume(tuples);
    }

    private async Task WriteTableAsync(NpgsqlConnection connection, FactTable table, CancellationToken cancellationToken)
    {
        var files = new FileStream[buckets];
        try
        {
            for (var i = 0; i < buckets; i++)
            {
                files[i] = new FileStream(PathOf(i, table), FileMode.CreateNew, FileAccess.Write, FileShare.None, FileBufferSize);
            }

            await CopyAsync(connection, table, tuples =>
            {
                while (tuples.Read())
                {
                    files[BucketOf(tuples.Bytes(0), buckets)].Write(tuples.Tuple);
                }
            }, cancellationToken);
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

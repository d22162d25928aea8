using Npgsql;

namespace Thuiszitters.Gateway.Reconciliation.Reading;

/// <summary>A query's rows as binary COPY output, kept in memory to be read more than once.</summary>
internal static class CopyOut
{
    /// <summary>The whole COPY output of <paramref name="query"/>, header included, for <see cref="ForEach"/>.</summary>
    public static async Task<byte[]> ToArrayAsync(NpgsqlConnection connection, string query, CancellationToken cancellationToken)
    {
        await using var raw = await connection.BeginRawBinaryCopyAsync(Sql(query), cancellationToken);
        using var memory = new MemoryStream();
        await raw.CopyToAsync(memory, cancellationToken);
        return memory.ToArray();
    }

    /// <summary>Calls <paramref name="row"/> for each row of COPY output (header first).</summary>
    public static void ForEach(Stream output, Action<TupleRow> row, CancellationToken cancellationToken)
    {
        var tuples = new BinaryTupleReader(output, cancellationToken);
        var current = new TupleRow(tuples);
        tuples.ReadHeader();
        while (tuples.Read())
        {
            row(current);
        }
    }

    private static string Sql(string query) => $"COPY ({query}) TO STDOUT (FORMAT BINARY)";
}

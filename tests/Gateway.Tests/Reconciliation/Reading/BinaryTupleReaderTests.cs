using Npgsql;
using Thuiszitters.Gateway.Reconciliation;
using Thuiszitters.Gateway.Reconciliation.Reading;
using Thuiszitters.Gateway.Tests.Infrastructure;

namespace Thuiszitters.Gateway.Tests.Reconciliation.Reading;

/// <summary>
/// The binary COPY tuples of the full load decode to exactly what Npgsql's data reader gives for the same query: the
/// facts (and decimal scales, which show in outputs) must not depend on which path read them.
/// </summary>
public sealed class BinaryTupleReaderTests
{
    private const string Values = """
        SELECT n, t, i, l, d, b FROM (VALUES
          (0::numeric, 'abc'::text, 1, 1::bigint, DATE '2026-04-15', true),
          (2.5, '', -7, -9000000000, DATE '1999-12-31', false),
          (2.50, 'Çelik-Müller ’s', 2147483647, 9223372036854775807, DATE '2000-01-01', true),
          (8, NULL, NULL, NULL, NULL, NULL),
          (10000, 'x', 0, 0, DATE '1990-05-03', false),
          (0.0001, 'y', 0, 0, DATE '2100-02-28', false),
          (123456.789, 'z', 0, 0, DATE '1970-01-01', false),
          (-1.25, 'z', 0, 0, DATE '2026-01-01', false),
          (20000, 'z', 0, 0, DATE '2026-01-01', false),
          (0.00, 'z', 0, 0, DATE '2026-01-01', false),
          (-0.5, 'z', 0, 0, DATE '2026-01-01', false),
          (99999999.99990000, 'z', 0, 0, DATE '2026-01-01', false)) AS v(n, t, i, l, d, b)
        """;

    [Fact]
    public async Task ReadAsync_AllColumnTypes_DecodeAsTheDataReaderDoes()
    {
        Assert.Equal(await ReaderLinesAsync(Values), await TupleLinesAsync(Values));
    }

    [Fact]
    public async Task ReadAsync_TuplesAcrossAndLargerThanTheBuffer_AreReadWhole()
    {
        const string rows = "SELECT i::numeric / 8, repeat(md5(i::text), 1 + (i % 7) * 400), i, i::bigint * 3, DATE '2000-01-01' + i, i % 2 = 0 FROM generate_series(1, 3000) AS i";
        Assert.Equal(await ReaderLinesAsync(rows), await TupleLinesAsync(rows));
    }

    private static string Line<TRow>(TRow row)
        where TRow : IFactRow =>
        string.Join('|',
            row.IsNull(0) ? "null" : row.Decimal(0).ToString(System.Globalization.CultureInfo.InvariantCulture),
            row.IsNull(1) ? "null" : row.String(1) + "/" + new string(row.Chars(1)),
            row.IsNull(2) ? "null" : row.Int32(2).ToString(System.Globalization.CultureInfo.InvariantCulture),
            row.IsNull(3) ? "null" : row.Int64(3).ToString(System.Globalization.CultureInfo.InvariantCulture),
            row.DateOrNull(4)?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "null",
            row.IsNull(5) ? "null" : row.Boolean(5).ToString());

    private static async Task<List<string>> ReaderLinesAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(TestDatabase.ServerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var lines = new List<string>();
        while (await reader.ReadAsync())
        {
            lines.Add(Line(new DataReaderRow(reader)));
        }

        return lines;
    }

    private static async Task<List<string>> TupleLinesAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(TestDatabase.ServerConnectionString);
        await connection.OpenAsync();
        var lines = new List<string>();
        await using (var raw = await connection.BeginRawBinaryCopyAsync($"COPY ({sql}) TO STDOUT (FORMAT BINARY)"))
        {
            var tuples = new BinaryTupleReader(raw, CancellationToken.None);
            tuples.ReadHeader();
            while (tuples.Read())
            {
                Assert.Equal(6, tuples.FieldCount);
                lines.Add(Line(new TupleRow(tuples)));
            }
        }

        return lines;
    }
}

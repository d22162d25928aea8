using System.Globalization;
using Npgsql;
using Thuiszitters.Gateway.Register;
using Thuiszitters.Gateway.Tests.Infrastructure;

namespace Thuiszitters.Gateway.Tests.Register;

/// <summary>Rows written in binary COPY format by hand, read back by PostgreSQL.</summary>
public sealed class BinaryCopyWriterTests : IAsyncLifetime
{
    private const string Table = """
        CREATE TABLE t (id bigint, name text, n integer, d date, b boolean, h numeric, s smallint,
                        ds date[], hs numeric[], ss smallint[], ts text[])
        """;

    private readonly TestDatabase database = new();

    public Task InitializeAsync() => database.InitializeAsync();

    public Task DisposeAsync() => database.DisposeAsync();

    [Theory]
    [InlineData("0")]
    [InlineData("6")]
    [InlineData("4.5")]
    [InlineData("4.50")]
    [InlineData("-2.75")]
    [InlineData("0.0025")]
    [InlineData("0.00001")]
    [InlineData("10000")]
    [InlineData("12345.6789")]
    [InlineData("100000000.0001")]
    [InlineData("0.000")]
    [InlineData("-0.5")]
    [InlineData("79228162514264337593543950335")]
    [InlineData("-7.9228162514264337593543950335")]
    [InlineData("1.000000000000000000000000001")]
    public async Task WriteNumeric_AnyDecimal_ReadsBackAsTheSameNumberAndScale(string text)
    {
        var value = decimal.Parse(text, CultureInfo.InvariantCulture);
        await using var connection = await database.DataSource.OpenConnectionAsync();
        await Execute(connection, Table);

        await using (var writer = await BinaryCopyWriter.BeginAsync(connection, "COPY t (h, hs) FROM STDIN (FORMAT BINARY)", CancellationToken.None))
        {
            writer.StartRow();
            writer.WriteNumeric(value);
            writer.WriteNumericArray([value, 1m, value]);
            await writer.CompleteAsync(CancellationToken.None);
        }

        var expected = value.ToString(CultureInfo.InvariantCulture);
        Assert.Equal([$"{expected}|{{{expected},1,{expected}}}"], await Rows(connection, "SELECT h::text, hs::text FROM t"));
    }

    [Fact]
    public async Task CompleteAsync_RowsOfEveryType_ArriveAsWritten()
    {
        await using var connection = await database.DataSource.OpenConnectionAsync();
        await Execute(connection, Table);

        await using (var writer = await BinaryCopyWriter.BeginAsync(connection, "COPY t FROM STDIN (FORMAT BINARY)", CancellationToken.None))
        {
            for (var i = 0; i < 20_000; i++)
            {
                writer.StartRow();
                writer.WriteInt64(i);
                writer.WriteText(i % 2 == 0 ? $"Ëlif-Ğül {i}" : null);
                writer.WriteInt32(i % 3 == 0 ? null : -i);
                writer.WriteDate(i % 5 == 0 ? null : new DateOnly(1999, 12, 31).AddDays(i));
                writer.WriteBoolean(i % 2 == 1);
                writer.WriteNumeric(i / 8m);
                writer.WriteInt16((short)(i % 7));
                writer.WriteDateArray(i % 4 == 0 ? [] : [new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 3)]);
                writer.WriteNumericArray([1.5m, i]);
                writer.WriteInt16Array([(short)i, -1]);
                writer.WriteTextArray(i % 6 == 0 ? [] : ["12AB00", "é"]);
                await writer.FlushIfFullAsync(CancellationToken.None);
            }

            await writer.CompleteAsync(CancellationToken.None);
            Assert.Equal(20_000, writer.Rows);
        }

        Assert.Equal(
            ["20000|10000|13333|16000|10000|24998750.000|30000"],
            await Rows(connection, """
                SELECT count(*), count(name), count(n), count(d), count(*) FILTER (WHERE b), sum(h)::text, sum(cardinality(ds))
                FROM t
                """));
        Assert.Equal(
            [
                "0|Ëlif-Ğül 0|||False|0|0|{}|{1.5,0}|{0,-1}|{}",
                "7||-7|2000-01-07|True|0.875|0|{2026-03-02,2026-03-03}|{1.5,7}|{7,-1}|{12AB00,é}",
            ],
            await Rows(connection, "SELECT id, name, n, d::text, b, h::text, s, ds::text, hs::text, ss::text, ts::text FROM t WHERE id IN (0, 7) ORDER BY id"));
    }

    [Fact]
    public async Task CompleteAsync_ARowTheServerRefuses_ThrowsItsErrorAndLeavesTheConnectionUsable()
    {
        await using var connection = await database.DataSource.OpenConnectionAsync();
        await Execute(connection, "CREATE TABLE k (id bigint PRIMARY KEY)");

        var error = await Assert.ThrowsAsync<PostgresException>(async () =>
        {
            await using var writer = await BinaryCopyWriter.BeginAsync(connection, "COPY k FROM STDIN (FORMAT BINARY)", CancellationToken.None);
            foreach (var id in new long[] { 1, 2, 1 })
            {
                writer.StartRow();
                writer.WriteInt64(id);
            }

            await writer.CompleteAsync(CancellationToken.None);
        });

        Assert.Equal(PostgresErrorCodes.UniqueViolation, error.SqlState);
        Assert.Equal(["0"], await Rows(connection, "SELECT count(*) FROM k"));
    }

    [Fact]
    public async Task DisposeAsync_NotCompleted_CancelsTheCopyAndLeavesTheConnectionUsable()
    {
        await using var connection = await database.DataSource.OpenConnectionAsync();
        await Execute(connection, "CREATE TABLE k (id bigint)");

        await using (var writer = await BinaryCopyWriter.BeginAsync(connection, "COPY k FROM STDIN (FORMAT BINARY)", CancellationToken.None))
        {
            for (var id = 0; id < 50_000; id++)
            {
                writer.StartRow();
                writer.WriteInt64(id);
                await writer.FlushIfFullAsync(CancellationToken.None);
            }
        }

        Assert.Equal(["0"], await Rows(connection, "SELECT count(*) FROM k"));
    }

    private static async Task Execute(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<IReadOnlyList<string>> Rows(NpgsqlConnection connection, string sql)
    {
        var rows = new List<string>();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(string.Join('|', Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? string.Empty : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture))));
        }

        return rows;
    }
}

using System.Globalization;
using System.Text;
using Npgsql;
using Thuiszitters.Gateway.Register;

namespace Thuiszitters.Benchmarks.Baseline;

/// <summary>
/// The baseline's plain tables: for each register table a <c>bl_</c> table with exactly the columns (and types) the
/// ingest copies into, made from the migrated schema, and nothing else (no key, index or identity).
/// </summary>
internal static class BaselineDatabase
{
    public static string TableFor(string registerTable) => "bl_" + registerTable;

    public static async Task CreateTablesAsync(string connectionString, IEnumerable<BaselineTable> tables, CancellationToken cancellationToken)
    {
        await RegisterDatabase.MigrateAsync(connectionString, cancellationToken);
        var sql = new StringBuilder();
        foreach (var table in tables.DistinctBy(t => t.Table))
        {
            sql.AppendLine(CultureInfo.InvariantCulture, $"CREATE TABLE {TableFor(table.Table)} AS SELECT {string.Join(", ", table.Columns)} FROM {table.Table} WITH NO DATA;");
        }

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql.ToString(), connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Every row of the intermediates arrived (an untimed check after the copies).</summary>
    public static async Task CheckCountsAsync(string connectionString, IEnumerable<BaselineTable> tables, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        foreach (var table in tables.GroupBy(t => t.Table))
        {
            await using var command = new NpgsqlCommand($"SELECT count(*) FROM {TableFor(table.Key)}", connection);
            var rows = (long)(await command.ExecuteScalarAsync(cancellationToken))!;
            if (rows != table.Sum(t => t.Rows))
            {
                throw new BenchmarkException($"{TableFor(table.Key)} holds {rows} rows after the copy, the intermediates {table.Sum(t => t.Rows)}");
            }
        }
    }
}

using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Npgsql;
using Thuiszitters.Gateway.Register;

namespace Thuiszitters.Benchmarks.Baseline;

/// <summary>
/// The baseline's tables, made from the migrated register schema. <c>bl_</c> tables are plain: exactly the columns
/// (and types) the ingest copies into, nothing else. <c>bx_</c> tables are a diagnostic: the register table's
/// identity, defaults and indexes too (keys as plain indexes, since a ROD P batch repeats keys that the ingest merges).
/// </summary>
internal static partial class BaselineDatabase
{
    public const string Plain = "bl_";
    public const string Indexed = "bx_";

    /// <summary>
    /// A baseline table shaped like a register view takes the indexes of the table behind it: the absence days, a row
    /// each in the baseline, are indexed like the register's <c>absence_runs</c> (the same columns).
    /// </summary>
    private static readonly Dictionary<string, string> IndexedLike = new(StringComparer.Ordinal) { ["absence_days"] = "absence_runs" };

    public static async Task CreateTablesAsync(string connectionString, IEnumerable<BaselineTable> tables, CancellationToken cancellationToken)
    {
        await RegisterDatabase.MigrateAsync(connectionString, cancellationToken);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        var sql = new StringBuilder();
        foreach (var table in tables.DistinctBy(t => t.Table))
        {
            var columns = string.Join(", ", table.Columns);
            sql.AppendLine(CultureInfo.InvariantCulture, $"CREATE TABLE {Plain}{table.Table} AS SELECT {columns} FROM {table.Table} WITH NO DATA;");
            sql.AppendLine(CultureInfo.InvariantCulture, $"CREATE TABLE {Indexed}{table.Table} (LIKE {table.Table} INCLUDING DEFAULTS INCLUDING IDENTITY);");
            await using var indexes = new NpgsqlCommand("SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() AND tablename = $1", connection);
            indexes.Parameters.Add(new NpgsqlParameter { Value = IndexedLike.GetValueOrDefault(table.Table, table.Table) });
            await using var reader = await indexes.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var definition = IndexHead().Replace(reader.GetString(1), $"CREATE INDEX \"{Indexed}{reader.GetString(0)}\" ON ");
                sql.AppendLine(CultureInfo.InvariantCulture, $"{TableName().Replace(definition, $" {Indexed}{table.Table} USING ", 1)};");
            }
        }

        await using var command = new NpgsqlCommand(sql.ToString(), connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Every row of the intermediates arrived in every <paramref name="prefix"/> table (an untimed check after the copies).</summary>
    public static async Task CheckCountsAsync(string connectionString, string prefix, IEnumerable<BaselineTable> tables, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        foreach (var table in tables.GroupBy(t => t.Table))
        {
            await using var command = new NpgsqlCommand($"SELECT count(*) FROM {prefix}{table.Key}", connection);
            var rows = (long)(await command.ExecuteScalarAsync(cancellationToken))!;
            if (rows != table.Sum(t => t.Rows))
            {
                throw new BenchmarkException($"{prefix}{table.Key} holds {rows} rows after the copy, the intermediates {table.Sum(t => t.Rows)}");
            }
        }
    }

    [GeneratedRegex("^CREATE (UNIQUE )?INDEX \\S+ ON ")]
    private static partial Regex IndexHead();

    [GeneratedRegex(" \\S+ USING ")]
    private static partial Regex TableName();
}

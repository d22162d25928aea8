using Npgsql;

namespace Thuiszitters.Gateway.Register;

/// <summary>One index of a table (a primary key included), with the statements that drop it and build it again.</summary>
internal sealed record TableIndex(string Name, string Table, string Create, string Drop);

/// <summary>
/// Reads the indexes of tables from the catalog, so that a bulk write can drop them and build them once afterwards
/// (the ingest's bulk runs, a full reconciliation's state tables): building an index from a loaded table costs a
/// fraction of maintaining it row by row.
/// </summary>
internal static class TableIndexes
{
    public static async Task<IReadOnlyList<TableIndex>> ReadAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, IReadOnlyCollection<string> tables, CancellationToken cancellationToken)
    {
        var found = new List<TableIndex>();
        await using var command = new NpgsqlCommand("""
            SELECT c.relname, t.relname, pg_get_indexdef(c.oid), k.conname, pg_get_constraintdef(k.oid)
            FROM pg_index x
            JOIN pg_class c ON c.oid = x.indexrelid
            JOIN pg_class t ON t.oid = x.indrelid
            LEFT JOIN pg_constraint k ON k.conindid = c.oid AND k.contype = 'p'
            WHERE t.relnamespace = current_schema()::regnamespace AND t.relname = ANY(@tables)
            ORDER BY t.relname, c.relname
            """, connection, transaction);
        command.Parameters.AddWithValue("tables", tables.ToArray());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var (index, table) = (reader.GetString(0), reader.GetString(1));
            found.Add(reader.IsDBNull(3)
                ? new TableIndex(index, table, reader.GetString(2), $"DROP INDEX {Quote(index)}")
                : new TableIndex(index, table, $"ALTER TABLE {Quote(table)} ADD CONSTRAINT {Quote(reader.GetString(3))} {reader.GetString(4)}",
                    $"ALTER TABLE {Quote(table)} DROP CONSTRAINT {Quote(reader.GetString(3))}"));
        }

        return found;
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}

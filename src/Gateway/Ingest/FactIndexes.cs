using Npgsql;

namespace Thuiszitters.Gateway.Ingest;

/// <summary>
/// Drops the indexes of the fact tables for a bulk ingest and builds them again afterwards, as <c>pg_restore</c> does:
/// PostgreSQL maintaining an index row by row makes a COPY several times slower, building it once from the loaded table
/// costs a fraction of that. Each dropped index's statement is kept in <c>deferred_indexes</c>, written in the
/// transaction that drops it, so a run that dies in between is repaired by the next ingest or reconciliation.
/// </summary>
/// <remarks>
/// Every index of a fact table goes, keys included: a partial ROD batch merges with a hash join instead, and a complete
/// one is checked for a key listed twice by a grouping pass (<see cref="RodBatchPlan"/>), so the keys build cleanly.
/// </remarks>
internal static class FactIndexes
{
    /// <summary>The tables the source records land in.</summary>
    public static readonly string[] Tables =
    [
        "school_pupils", "absence_days", "thuiszitter_registrations", "residents",
        "rod_persons", "rod_enrolments", "verzuimmeldingen", "vrijstellingen", "pgn_links",
    ];

    /// <summary>Drops the indexes (in one transaction, with their statements recorded); returns how many went.</summary>
    public static async Task<int> DropAsync(NpgsqlConnection connection, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var dropped = new List<(string Name, string Table, string Definition, string Drop)>();
        await using (var command = new NpgsqlCommand("""
            SELECT c.relname, t.relname, pg_get_indexdef(c.oid), k.conname, pg_get_constraintdef(k.oid)
            FROM pg_index x
            JOIN pg_class c ON c.oid = x.indexrelid
            JOIN pg_class t ON t.oid = x.indrelid
            LEFT JOIN pg_constraint k ON k.conindid = c.oid AND k.contype = 'p'
            WHERE t.relnamespace = current_schema()::regnamespace AND t.relname = ANY(@tables)
            ORDER BY t.relname, c.relname
            """, connection, transaction))
        {
            command.Parameters.AddWithValue("tables", Tables);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var (index, table) = (reader.GetString(0), reader.GetString(1));
                dropped.Add(reader.IsDBNull(3)
                    ? (index, table, reader.GetString(2), $"DROP INDEX {Quote(index)}")
                    : (index, table, $"ALTER TABLE {Quote(table)} ADD CONSTRAINT {Quote(reader.GetString(3))} {reader.GetString(4)}",
                        $"ALTER TABLE {Quote(table)} DROP CONSTRAINT {Quote(reader.GetString(3))}"));
            }
        }

        foreach (var (name, table, definition, drop) in dropped)
        {
            await using var record = new NpgsqlCommand(
                "INSERT INTO deferred_indexes (name, table_name, definition, dropped_at) VALUES (@name, @table, @definition, @now)", connection, transaction);
            record.Parameters.AddWithValue("name", name);
            record.Parameters.AddWithValue("table", table);
            record.Parameters.AddWithValue("definition", definition);
            record.Parameters.AddWithValue("now", now);
            await record.ExecuteNonQueryAsync(cancellationToken);
            await Sql.ExecuteAsync(connection, drop, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return dropped.Count;
    }

    /// <summary>Builds every index <c>deferred_indexes</c> lists, each in a transaction of its own; returns how many.</summary>
    public static async Task<int> RestoreAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var pending = new List<(string Name, string Definition)>();
        await using (var command = new NpgsqlCommand("SELECT name, definition FROM deferred_indexes ORDER BY table_name, name", connection))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                pending.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        if (pending.Count == 0)
        {
            return 0;
        }

        // A sort of tens of millions of keys: give the build memory for it (the session's setting only).
        await Sql.ExecuteAsync(connection, "SET maintenance_work_mem = '256MB'", cancellationToken);
        foreach (var (name, definition) in pending)
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await using (var claim = new NpgsqlCommand("DELETE FROM deferred_indexes WHERE name = @name", connection, transaction))
            {
                claim.Parameters.AddWithValue("name", name);
                if (await claim.ExecuteNonQueryAsync(cancellationToken) == 0)
                {
                    // Another run built it in the meantime.
                    await transaction.RollbackAsync(cancellationToken);
                    continue;
                }
            }

            await Sql.ExecuteAsync(connection, definition, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return pending.Count;
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}

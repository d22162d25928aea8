using Npgsql;
using Thuiszitters.Gateway.Register;

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
        "school_pupils", "absence_runs", "thuiszitter_registrations", "residents",
        "rod_persons", "rod_enrolments", "verzuimmeldingen", "vrijstellingen", "pgn_links",
    ];

    /// <summary>
    /// Drops the indexes of <paramref name="tables"/> (in one transaction, with their statements recorded); returns how
    /// many went.
    /// </summary>
    public static async Task<int> DropAsync(
        NpgsqlConnection connection, IReadOnlyCollection<string> tables, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var dropped = await TableIndexes.ReadAsync(connection, transaction, tables, cancellationToken);
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
        return await RestoreAsync(connection, cancellationToken);
    }

    /// <inheritdoc cref="RestoreAsync(NpgsqlDataSource, CancellationToken)"/>
    public static Task<int> RestoreAsync(NpgsqlConnection connection, CancellationToken cancellationToken) =>
        RestoreAsync(connection, null, cancellationToken);

    /// <summary>
    /// Builds every index <c>deferred_indexes</c> lists for <paramref name="table"/> (every table when null), each in a
    /// transaction of its own; returns how many. Two connections may build different tables' indexes at the same time.
    /// </summary>
    public static async Task<int> RestoreAsync(NpgsqlConnection connection, string? table, CancellationToken cancellationToken)
    {
        var pending = new List<(string Name, string Definition)>();
        await using (var command = new NpgsqlCommand(
            "SELECT name, definition FROM deferred_indexes WHERE table_name = @table OR @table IS NULL ORDER BY table_name, name", connection))
        {
            command.Parameters.Add(Sql.Parameter("table", table));
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
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
}

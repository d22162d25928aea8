using Npgsql;

namespace Thuiszitters.Gateway.Ingest;

/// <summary>Small helpers for the ingest's hand-written SQL; all values go in as parameters.</summary>
internal static class Sql
{
    public static async Task<int> ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken, params NpgsqlParameter[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddRange(parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The first column of the first row; null when there is no row or the value is null.</summary>
    public static async Task<T?> ScalarAsync<T>(NpgsqlConnection connection, string sql, CancellationToken cancellationToken, params NpgsqlParameter[] parameters)
        where T : struct
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddRange(parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await ScalarAsync<T>(reader, cancellationToken);
    }

    /// <summary>The first column of the current result's first row; null when it has no row or the value is null.</summary>
    public static async Task<T?> ScalarAsync<T>(NpgsqlDataReader reader, CancellationToken cancellationToken)
        where T : struct =>
        await reader.ReadAsync(cancellationToken) && !await reader.IsDBNullAsync(0, cancellationToken)
            ? await reader.GetFieldValueAsync<T>(0, cancellationToken)
            : null;

    /// <summary>A statement for a batch.</summary>
    public static NpgsqlBatchCommand Command(string sql, params NpgsqlParameter[] parameters)
    {
        var command = new NpgsqlBatchCommand(sql);
        command.Parameters.AddRange(parameters);
        return command;
    }

    /// <summary>A parameter; null goes in as SQL NULL.</summary>
    public static NpgsqlParameter Parameter(string name, object? value) => new(name, value ?? DBNull.Value);
}

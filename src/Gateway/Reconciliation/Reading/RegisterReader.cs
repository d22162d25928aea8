using Npgsql;
using Thuiszitters.Gateway.Register;
using Thuiszitters.Connectors;

namespace Thuiszitters.Gateway.Reconciliation.Reading;

/// <summary>Small helpers to stream a query's rows and read nullable register columns.</summary>
internal static class RegisterReader
{
    public static Task ForEachAsync(NpgsqlConnection connection, string sql, Action<NpgsqlDataReader> row, CancellationToken cancellationToken) =>
        ForEachAsync(connection, sql, null, row, cancellationToken);

    /// <param name="ids">Bound as <c>@ids</c> (text[]) when not null.</param>
    public static async Task ForEachAsync(NpgsqlConnection connection, string sql, string[]? ids, Action<NpgsqlDataReader> row, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        if (ids is not null)
        {
            command.Parameters.AddWithValue("ids", ids);
        }

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            row(reader);
        }
    }

    public static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// Copies <paramref name="values"/> (binary COPY) into the text column <paramref name="column"/> of
    /// <paramref name="table"/>, a temporary table the reads then join, and refreshes its statistics for their plans.
    /// </summary>
    public static async Task CopyTextAsync(
        NpgsqlConnection connection, string table, string column, IEnumerable<string> values, CancellationToken cancellationToken)
    {
        await using (var writer = await BinaryCopyWriter.BeginAsync(connection, $"COPY {table} ({column}) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var value in values)
            {
                writer.StartRow();
                writer.WriteText(value);
                await writer.FlushIfFullAsync(cancellationToken);
            }

            await writer.CompleteAsync(cancellationToken);
        }

        await ExecuteAsync(connection, "ANALYZE " + table, cancellationToken);
    }

    public static string? Str(this NpgsqlDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal) is { Length: > 0 } s ? s : null;

    public static DateOnly? Date(this NpgsqlDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetFieldValue<DateOnly>(ordinal);

    /// <summary>A birth date from three columns year, month, day (month and day may be null).</summary>
    public static PartialDate? Birth(this NpgsqlDataReader reader, int yearOrdinal) =>
        reader.IsDBNull(yearOrdinal)
            ? null
            : new PartialDate(
                Convert.ToInt32(reader.GetValue(yearOrdinal), System.Globalization.CultureInfo.InvariantCulture),
                reader.IsDBNull(yearOrdinal + 1) ? null : Convert.ToInt32(reader.GetValue(yearOrdinal + 1), System.Globalization.CultureInfo.InvariantCulture),
                reader.IsDBNull(yearOrdinal + 2) ? null : Convert.ToInt32(reader.GetValue(yearOrdinal + 2), System.Globalization.CultureInfo.InvariantCulture));
}

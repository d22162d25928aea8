using Npgsql;
using NpgsqlTypes;

namespace Thuiszitters.Gateway.Security;

/// <summary>Reads the audit log for the admin page: filtered, newest first, a page at a time or whole for the CSV.</summary>
internal sealed class AuditReader(NpgsqlDataSource dataSource)
{
    /// <summary>At most this many rows go into one CSV export.</summary>
    public const int MaxExport = 100_000;

    private const string Where = """
        WHERE (@user IS NULL OR actor = @user)
          AND (@pgn IS NULL OR pgns @> ARRAY[@pgn]::text[])
          AND (@from IS NULL OR at >= @from)
          AND (@to IS NULL OR at < @to)
          AND (NOT @refused OR outcome = 'REFUSED')
        """;

    public async Task<AuditPage> PageAsync(AuditFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        long total;
        await using (var count = new NpgsqlCommand("SELECT count(*) FROM audit_log " + Where, connection))
        {
            Bind(count, filter);
            total = (long)(await count.ExecuteScalarAsync(cancellationToken))!;
        }

        var items = await ReadAsync(connection, filter, (filter.Page - 1L) * filter.PageSize, filter.PageSize, cancellationToken);
        return new AuditPage(total, filter.Page, filter.PageSize, items);
    }

    public async Task<IReadOnlyList<AuditEntry>> AllAsync(AuditFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await ReadAsync(connection, filter, 0, MaxExport, cancellationToken);
    }

    private static async Task<IReadOnlyList<AuditEntry>> ReadAsync(NpgsqlConnection connection, AuditFilter filter, long offset, int limit, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"""
            SELECT id, at, actor, role, organisation, action, pgns, purpose, outcome, refusal, endpoint, page
            FROM audit_log {Where}
            ORDER BY at DESC, id DESC OFFSET @offset LIMIT @limit
            """, connection);
        Bind(command, filter);
        command.Parameters.AddWithValue("offset", offset);
        command.Parameters.AddWithValue("limit", limit);
        var items = new List<AuditEntry>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            items.Add(new AuditEntry(
                reader.GetInt64(0), reader.GetFieldValue<DateTimeOffset>(1), reader.GetString(2), reader.GetString(3), Text(reader, 4), reader.GetString(5),
                reader.GetFieldValue<string[]>(6), reader.GetString(7), reader.GetString(8), Text(reader, 9), Text(reader, 10), Text(reader, 11)));
        }

        return items;
    }

    private static string? Text(NpgsqlDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);

    /// <summary>Dates are whole days in UTC: <c>to</c> includes its own day.</summary>
    private static void Bind(NpgsqlCommand command, AuditFilter filter)
    {
        command.Parameters.Add(new NpgsqlParameter("user", NpgsqlDbType.Text) { Value = (object?)filter.User ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("pgn", NpgsqlDbType.Text) { Value = (object?)filter.Pgn ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("from", NpgsqlDbType.TimestampTz) { Value = (object?)Start(filter.From) ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("to", NpgsqlDbType.TimestampTz) { Value = (object?)Start(filter.To?.AddDays(1)) ?? DBNull.Value });
        command.Parameters.AddWithValue("refused", filter.RefusedOnly);
    }

    private static DateTimeOffset? Start(DateOnly? day) => day is { } d ? new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null;
}

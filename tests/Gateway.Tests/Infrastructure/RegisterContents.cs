using System.Globalization;
using Npgsql;

namespace Thuiszitters.Gateway.Tests.Infrastructure;

/// <summary>Reads the register's tables as text rows, to compare the whole register before and after.</summary>
public static class RegisterContents
{
    /// <summary>Every table the ingest writes, except <c>deliveries</c> (which records every arrival).</summary>
    public static IReadOnlyList<string> Tables { get; } =
    [
        "school_pupils", "absence_runs", "thuiszitter_registrations", "rod_persons", "rod_enrolments", "verzuimmeldingen",
        "vrijstellingen", "pgn_links", "residents", "quarantined_records", "rejected_files", "rod_batch_state",
        "school_export_state", "brp_state",
    ];

    /// <summary>
    /// The columns compared per table, where not all: a quarantined record's surrogate id is numbered in the order the
    /// deliveries commit, which differs between runs that apply files at the same time.
    /// </summary>
    private static readonly Dictionary<string, string> Compared = new(StringComparer.Ordinal)
    {
        ["quarantined_records"] = "delivery_id, file_name, line, field, reason, raw_text, raw_identifier, owner, kind",
    };

    /// <summary>Each table's rows as PostgreSQL's row text, sorted; one string per table.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> ReadAsync(NpgsqlDataSource dataSource)
    {
        var contents = new Dictionary<string, string>();
        foreach (var table in Tables)
        {
            await using var command = dataSource.CreateCommand(
                $"SELECT coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '') FROM (SELECT {Compared.GetValueOrDefault(table, "*")} FROM {table}) t");
            contents[table] = (string)(await command.ExecuteScalarAsync())!;
        }

        return contents;
    }

    public static async Task<long> CountAsync(NpgsqlDataSource dataSource, string table, string where = "true")
    {
        await using var command = dataSource.CreateCommand($"SELECT count(*) FROM {table} WHERE {where}");
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>
    /// The rows of a query, each as its columns joined with <c>|</c> (null as empty, dates as <c>yyyy-mm-dd</c>), in query order.
    /// </summary>
    public static async Task<IReadOnlyList<string>> RowsAsync(NpgsqlDataSource dataSource, string sql)
    {
        await using var command = dataSource.CreateCommand(sql);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            var values = new string[reader.FieldCount];
            for (var i = 0; i < reader.FieldCount; i++)
            {
                values[i] = reader.IsDBNull(i) ? string.Empty : Format(reader.GetValue(i));
            }

            rows.Add(string.Join('|', values));
        }

        return rows;
    }

    private static string Format(object value) => value switch
    {
        DateTime { TimeOfDay.Ticks: 0 } date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime time => time.ToString("O", CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture)!,
    };
}

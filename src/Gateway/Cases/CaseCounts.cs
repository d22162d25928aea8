using System.Globalization;
using Npgsql;
using NpgsqlTypes;
using Thuiszitters.Gateway.Security;

namespace Thuiszitters.Gateway.Cases;

/// <summary>Reads the quarterly count, a day's legal counts and the trends, each within <see cref="CountScope"/>.</summary>
internal sealed class CaseCounts(NpgsqlDataSource dataSource, CountSnapshot snapshot)
{
    private const string QuarterSql = """
        WITH q AS (
            SELECT DISTINCT ON (p.person_key) p.status, p.band, p.sector, p.reason
            FROM case_episodes p
            WHERE p.first_day <= @to AND p.last_day >= @from AND SCOPE
            ORDER BY p.person_key, p.last_day DESC, p.since DESC)
        SELECT 'status', status, count(*)::int FROM q GROUP BY status
        UNION ALL SELECT 'band', coalesce(band, 'GEEN'), count(*)::int FROM q GROUP BY band
        UNION ALL SELECT 'sector', coalesce(sector, 'ONBEKEND'), count(*)::int FROM q GROUP BY sector
        UNION ALL SELECT 'reason', coalesce(reason, 'ONBEKEND'), count(*)::int FROM q GROUP BY reason
        """;

    public async Task<QuarterCount> QuarterAsync(Caller caller, int year, int quarter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        await snapshot.EnsureTakenAsync(cancellationToken);
        var from = new DateOnly(year, ((quarter - 1) * 3) + 1, 1);
        var to = from.AddMonths(3).AddDays(-1);
        var rows = new List<(string Group, string Key, int Count)>();
        await using (var command = dataSource.CreateCommand(QuarterSql.Replace("SCOPE", CountScope.Condition(caller), StringComparison.Ordinal)))
        {
            command.Parameters.AddWithValue("from", from);
            command.Parameters.AddWithValue("to", to);
            AddScope(command.Parameters, caller);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add((reader.GetString(0), reader.GetString(1), reader.GetInt32(2)));
            }
        }

        var suppress = SmallCells.AppliesTo(caller);
        List<CountCell> Group(string group, IEnumerable<string> keys)
        {
            var found = rows.Where(r => r.Group == group).ToDictionary(r => r.Key, r => r.Count, StringComparer.Ordinal);
            return [.. keys.Union(found.Keys.Order(StringComparer.Ordinal), StringComparer.Ordinal).Select(k => CountCell.Of(k, found.GetValueOrDefault(k), suppress))];
        }

        var byStatus = rows.Where(r => r.Group == "status").ToList();
        var total = byStatus.Sum(r => r.Count);
        var thuiszitters = byStatus.Where(r => r.Key is "ABSOLUTE_ABSENCE" or "LONG_TERM_ABSENCE").Sum(r => r.Count);
        return new QuarterCount(
            string.Create(CultureInfo.InvariantCulture, $"{year}-Q{quarter}"), from, to, suppress,
            CountCell.Of("TOTAAL", total, suppress), CountCell.Of(CountMetrics.Thuiszitters, thuiszitters, suppress),
            Group("status", ["ABSOLUTE_ABSENCE", "LONG_TERM_ABSENCE", "AT_RISK", "EXEMPT"]),
            Group("band", ["LT_4W", "4W_3M", "GT_3M"]),
            Group("sector", ["PO", "SO", "VO", "VSO", "MBO"]),
            Group("reason", ["PSYCHISCH", "LICHAMELIJK", "GEDRAG", "SCHOOLANGST", "ONDERWIJSAANBOD", "GEZIN", "ONBEKEND"]));
    }

    /// <summary>The latest day's counts of a scope (or of <paramref name="day"/>); null when the caller may not read it.</summary>
    public async Task<LegalCounts?> DayAsync(Caller caller, string kind, string scope, DateOnly? day, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!CountScope.MayRead(caller, kind, scope))
        {
            return null;
        }

        await snapshot.EnsureTakenAsync(cancellationToken);
        await using var command = dataSource.CreateCommand("""
            WITH d AS (SELECT coalesce(@day, (SELECT max(day) FROM count_history)) AS day)
            SELECT d.day, h.metric, h.value FROM d LEFT JOIN count_history h ON h.day = d.day AND h.scope_kind = @kind AND h.scope = @scope
            """);
        command.Parameters.Add(new NpgsqlParameter("day", NpgsqlDbType.Date) { Value = (object?)day ?? DBNull.Value });
        command.Parameters.AddWithValue("kind", kind);
        command.Parameters.AddWithValue("scope", scope);
        var values = new Dictionary<string, int>(StringComparer.Ordinal);
        DateOnly? found = null;
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                found = reader.IsDBNull(0) ? null : reader.GetFieldValue<DateOnly>(0);
                if (!reader.IsDBNull(1))
                {
                    values[reader.GetString(1)] = reader.GetInt32(2);
                }
            }
        }

        var suppress = SmallCells.AppliesTo(caller);
        return new LegalCounts(found, kind, scope, suppress, [.. CountMetrics.All.Select(m => CountCell.Of(m, values.GetValueOrDefault(m), suppress))]);
    }

    /// <summary>Every metric's daily values of a scope from <paramref name="from"/> on; null when the caller may not read it.</summary>
    public async Task<IReadOnlyList<TrendSeries>?> TrendAsync(Caller caller, string kind, string scope, DateOnly from, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!CountScope.MayRead(caller, kind, scope))
        {
            return null;
        }

        await snapshot.EnsureTakenAsync(cancellationToken);
        await using var command = dataSource.CreateCommand("""
            SELECT d.day, m.metric, coalesce(h.value, 0)
            FROM (SELECT DISTINCT day FROM count_history WHERE day >= @from) d
            CROSS JOIN unnest(@metrics) AS m(metric)
            LEFT JOIN count_history h ON h.day = d.day AND h.metric = m.metric AND h.scope_kind = @kind AND h.scope = @scope
            ORDER BY m.metric, d.day
            """);
        command.Parameters.AddWithValue("from", from);
        command.Parameters.AddWithValue("metrics", CountMetrics.All);
        command.Parameters.AddWithValue("kind", kind);
        command.Parameters.AddWithValue("scope", scope);
        var points = new List<(string Metric, DateOnly Day, int Value)>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                points.Add((reader.GetString(1), reader.GetFieldValue<DateOnly>(0), reader.GetInt32(2)));
            }
        }

        var suppress = SmallCells.AppliesTo(caller);
        return [.. CountMetrics.All.Select(m => new TrendSeries(m, CountMetrics.Labels[m], [.. points.Where(p => p.Metric == m)
            .Select(p => new TrendPoint(p.Day, suppress && p.Value is { } v && SmallCells.Hides(v) ? null : p.Value))]))];
    }

    private static void AddScope(NpgsqlParameterCollection parameters, Caller caller)
    {
        parameters.Add(new NpgsqlParameter("scope_org", NpgsqlDbType.Text) { Value = (object?)caller.Organisation ?? DBNull.Value });
        parameters.Add(new NpgsqlParameter("scope_schools", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = caller.Schools.ToArray() });
    }
}

using System.Text;
using Npgsql;
using NpgsqlTypes;
using Thuiszitters.Gateway.Security;

namespace Thuiszitters.Gateway.Cases;

/// <summary>
/// The case overview: the candidates of <c>case_people</c>, which holds their state as of the latest run (see
/// <see cref="CaseIndex"/>), within the caller's scope (<see cref="PupilScope"/>, on the same columns as in
/// <c>pupil_states</c>), filtered, ordered and paged, with the total. Only the conflicts are read live: for the candidate
/// filter, the open-conflict filter and the page's rows' codes.
/// </summary>
internal sealed class CaseList(NpgsqlDataSource dataSource, CaseIndex index)
{
    public async Task<CaseListPage> LoadAsync(Caller caller, CaseListQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(query);
        await index.EnsureCurrentAsync(cancellationToken);
        var where = new StringBuilder($"({PupilScope.Condition(caller)}) AND ({CaseIndex.CandidateCondition})");
        if (query.Status is not null)
        {
            where.Append(" AND p.status = @status");
        }

        if (query.Band is not null)
        {
            where.Append(" AND p.band = @band");
        }

        if (query.Gemeente is not null)
        {
            where.Append(" AND p.gemeente = @gemeente");
        }

        if (query.School is not null)
        {
            where.Append(" AND @school = ANY(p.schools)");
        }

        if (query.HasOpenConflict is { } has)
        {
            where.Append(has ? " AND " : " AND NOT ").Append(CaseIndex.OpenConflictExists);
        }

        if (query.Search is { } search)
        {
            where.Append(search.All(char.IsAsciiDigit) ? " AND p.pgn LIKE @search || '%'" : " AND p.search_text LIKE '%' || @search || '%'");
        }

        var direction = query.Descending ? "DESC" : "ASC";
        var order = query.Sort switch
        {
            "name" => $"p.sort_name {direction}",
            "birthDate" => $"p.birth_date {direction} NULLS LAST",
            "status" => $"p.status {direction}",
            "duration" => $"p.since {(query.Descending ? "ASC" : "DESC")} NULLS LAST",
            "gemeente" => $"p.gemeente {direction} NULLS LAST",
            _ => $"p.since {direction} NULLS LAST",
        };

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await CaseReadSettings.ApplyAsync(connection, cancellationToken);
        // One table: the page by the order's index where there is one (or the top of a sort), the total by a count of the
        // same rows. A conflict is looked up by pgn or, for a person without one, by source key: two indexed arms, not one
        // OR that scans. The page is ordered again outside, where it is a page of rows (alias p for the order's columns).
        await using var page = new NpgsqlCommand($"""
            SELECT p.person_key, p.pgn, p.source_key, p.surname, p.prefix, p.given_names, p.birth_text, p.age,
                   p.status, p.since, p.days, p.band, p.gemeente, p.schools, p.reason, p.plan, p.regiehouder,
                   (SELECT count(*) FROM case_people p WHERE {where}),
                   coalesce((SELECT array_agg(z.code ORDER BY z.code) FROM (
                       SELECT x.code FROM conflicts x WHERE x.pgn = p.pgn COLLATE "default" AND x.state IN ('OPEN','ACKNOWLEDGED')
                       UNION ALL
                       SELECT x.code FROM conflicts x WHERE p.pgn IS NULL AND x.source_key = p.source_key AND x.state IN ('OPEN','ACKNOWLEDGED')) z),
                     ARRAY[]::text[]),
                   {AsOfSql}
            FROM (
              SELECT p.person_key, p.pgn, p.source_key, p.surname, p.prefix, p.given_names, p.birth_text,
                     CASE WHEN p.birth_date IS NULL THEN NULL ELSE extract(year FROM age(p.as_of, p.birth_date))::int END AS age,
                     p.status, p.since, p.as_of - p.since AS days, p.band, p.gemeente, p.schools, p.reason, p.plan, p.regiehouder,
                     p.sort_name, p.birth_date
              FROM case_people p
              WHERE {where}
              ORDER BY {order}, p.person_key
              LIMIT @limit OFFSET @offset) p
            ORDER BY {order}, p.person_key
            """, connection);
        AddParameters(page.Parameters, caller, query);
        page.Parameters.AddWithValue("limit", query.Limit);
        page.Parameters.AddWithValue("offset", query.Offset);
        var items = new List<CaseListItem>();
        long total = 0;
        DateOnly? asOf = null;
        await using (var reader = await page.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                items.Add(new CaseListItem(
                    reader.GetString(0), Text(reader, 1), CaseNames.Display(Text(reader, 3), Text(reader, 4), Text(reader, 5)), Text(reader, 6),
                    reader.IsDBNull(7) ? null : reader.GetInt32(7), reader.GetString(8),
                    reader.IsDBNull(9) ? null : reader.GetFieldValue<DateOnly>(9), reader.IsDBNull(10) ? null : reader.GetInt32(10),
                    Text(reader, 11), Text(reader, 12), reader.GetFieldValue<string[]>(13), Text(reader, 14),
                    reader.IsDBNull(15) ? null : reader.GetBoolean(15), Text(reader, 16), reader.GetFieldValue<string[]>(18)));
                total = reader.GetInt64(17);
                asOf = reader.IsDBNull(19) ? null : reader.GetFieldValue<DateOnly>(19);
            }
        }

        if (items.Count == 0 && query.Offset > 0)
        {
            // A page past the end: the total (and the date, when there is any case) without the page.
            await using var count = new NpgsqlCommand(
                $"SELECT count(*), CASE WHEN count(*) > 0 THEN {AsOfSql} END FROM case_people p WHERE {where}",
                connection);
            AddParameters(count.Parameters, caller, query);
            await using var reader = await count.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            total = reader.GetInt64(0);
            asOf = reader.IsDBNull(1) ? null : reader.GetFieldValue<DateOnly>(1);
        }

        return new CaseListPage(asOf, total, query.Offset, query.Limit, items);
    }

    private const string AsOfSql = "(SELECT max(as_of) FROM reconciliation_runs WHERE finished_at IS NOT NULL)";

    private static void AddParameters(NpgsqlParameterCollection parameters, Caller caller, CaseListQuery query)
    {
        parameters.Add(new NpgsqlParameter("scope_org", NpgsqlDbType.Text) { Value = (object?)caller.Organisation ?? DBNull.Value });
        parameters.Add(new NpgsqlParameter("scope_schools", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = caller.Schools.ToArray() });
        parameters.Add(new NpgsqlParameter("status", NpgsqlDbType.Text) { Value = (object?)query.Status ?? DBNull.Value });
        parameters.Add(new NpgsqlParameter("band", NpgsqlDbType.Text) { Value = (object?)query.Band ?? DBNull.Value });
        parameters.Add(new NpgsqlParameter("gemeente", NpgsqlDbType.Text) { Value = (object?)query.Gemeente ?? DBNull.Value });
        parameters.Add(new NpgsqlParameter("school", NpgsqlDbType.Text) { Value = (object?)query.School ?? DBNull.Value });
        var search = query.Search is { } s ? EscapeLike(s.ToLowerInvariant()) : null;
        parameters.Add(new NpgsqlParameter("search", NpgsqlDbType.Text) { Value = (object?)search ?? DBNull.Value });
    }

    private static string EscapeLike(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);

    private static string? Text(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}

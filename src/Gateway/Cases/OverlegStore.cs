using System.Globalization;
using System.Text.RegularExpressions;
using Npgsql;
using Thuiszitters.Gateway.Security;

namespace Thuiszitters.Gateway.Cases;

/// <summary>
/// The 8-weekly overviews of a gemeente: a new one keeps the open cases as they stand, compared with the previous
/// overview (new, changed, unchanged, gone) and with the officer's own list; steps agreed per case are kept with it and
/// shown on the next one.
/// </summary>
internal sealed partial class OverlegStore(NpgsqlDataSource dataSource, CaseIndex index, TimeProvider clock)
{
    public const int MaxOfficerPgns = 5000;

    public async Task<long> CreateAsync(Caller caller, string gemeente, DateOnly heldOn, IReadOnlyCollection<string> officerPgns, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        await index.EnsureCurrentAsync(cancellationToken);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var current = new Dictionary<string, (string? Name, string Status, DateOnly? Since, string? Band, int Open)>(StringComparer.Ordinal);
        DateOnly asOf = heldOn;
        await using (var command = new NpgsqlCommand($"""
            SELECT p.person_key, k.surname, k.prefix, k.given_names, p.status, p.since, p.band,
                   (SELECT count(*) FROM conflicts x WHERE (x.pgn = p.pgn OR (p.pgn IS NULL AND x.source_key = p.source_key)) AND x.state IN ('OPEN','ACKNOWLEDGED'))::int,
                   p.as_of
            FROM case_people k JOIN pupil_states p ON p.person_key = k.person_key
            WHERE p.gemeente = @gemeente AND ({PupilScope.Condition(caller)}) AND ({CaseIndex.CandidateCondition})
            """, connection, transaction))
        {
            command.Parameters.AddWithValue("gemeente", gemeente);
            PupilCaseQuery.AddScope(command, caller);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                current[reader.GetString(0)] = (
                    CaseNames.Display(Text(reader, 1), Text(reader, 2), Text(reader, 3)), reader.GetString(4),
                    reader.IsDBNull(5) ? null : reader.GetFieldValue<DateOnly>(5), Text(reader, 6), reader.GetInt32(7));
                asOf = reader.GetFieldValue<DateOnly>(8);
            }
        }

        var previous = new Dictionary<string, (string? Name, string? Status, DateOnly? Since, string? Band, int Open, bool InGateway)>(StringComparer.Ordinal);
        long? previousId = null;
        await using (var command = new NpgsqlCommand("""
            SELECT o.id, c.person_key, c.name, c.status, c.since, c.band, c.open_conflicts, c.in_gateway
            FROM (SELECT id FROM overleg_overviews WHERE gemeente = @gemeente ORDER BY id DESC LIMIT 1) o
            LEFT JOIN overleg_cases c ON c.overview_id = o.id AND c.change <> 'VERVALLEN'
            """, connection, transaction))
        {
            command.Parameters.AddWithValue("gemeente", gemeente);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                previousId = reader.GetInt64(0);
                if (!reader.IsDBNull(1))
                {
                    previous[reader.GetString(1)] = (Text(reader, 2), Text(reader, 3), reader.IsDBNull(4) ? null : reader.GetFieldValue<DateOnly>(4),
                        Text(reader, 5), reader.GetInt32(6), reader.GetBoolean(7));
                }
            }
        }

        long id;
        await using (var command = new NpgsqlCommand("""
            INSERT INTO overleg_overviews (gemeente, held_on, as_of, created_at, created_by, officer_list_supplied)
            VALUES (@gemeente, @held_on, @as_of, @now, @by, @officer) RETURNING id
            """, connection, transaction))
        {
            command.Parameters.AddWithValue("gemeente", gemeente);
            command.Parameters.AddWithValue("held_on", heldOn);
            command.Parameters.AddWithValue("as_of", asOf);
            command.Parameters.AddWithValue("now", clock.GetUtcNow());
            command.Parameters.AddWithValue("by", caller.Name);
            command.Parameters.AddWithValue("officer", officerPgns.Count > 0);
            id = (long)(await command.ExecuteScalarAsync(cancellationToken))!;
        }

        var officer = officerPgns.ToHashSet(StringComparer.Ordinal);
        var rows = new List<object?[]>();
        foreach (var key in current.Keys.Union(officer, StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var inGateway = current.TryGetValue(key, out var now);
            var wasThere = previous.TryGetValue(key, out var before);
            var (change, detail) = !wasThere ? ("NIEUW", null)
                : !inGateway ? ("ONGEWIJZIGD", null)
                : Describe(before.Status, before.Since, before.Band, before.Open, now.Status, now.Since, now.Band, now.Open) is { } what ? ("GEWIJZIGD", what)
                : ("ONGEWIJZIGD", null);
            rows.Add([key, inGateway ? now.Name : null, inGateway ? now.Status : null, inGateway ? now.Since : null, inGateway ? now.Band : null,
                inGateway ? now.Open : 0, inGateway, officer.Contains(key), change, detail]);
        }

        foreach (var (key, before) in previous.Where(p => p.Value.InGateway && !current.ContainsKey(p.Key) && !officer.Contains(p.Key)))
        {
            rows.Add([key, before.Name, before.Status, before.Since, before.Band, before.Open, false, false, "VERVALLEN", "niet meer open in de gateway"]);
        }

        foreach (var row in rows)
        {
            await using var command = new NpgsqlCommand("""
                INSERT INTO overleg_cases (overview_id, person_key, name, status, since, band, open_conflicts, in_gateway, in_officer_list, change, change_detail)
                VALUES (@id, @key, @name, @status, @since, @band, @open, @in_gateway, @in_officer, @change, @detail)
                """, connection, transaction);
            command.Parameters.AddWithValue("id", id);
            string[] names = ["key", "name", "status", "since", "band", "open", "in_gateway", "in_officer", "change", "detail"];
            for (var i = 0; i < names.Length; i++)
            {
                var parameter = new NpgsqlParameter(names[i], row[i] ?? DBNull.Value);
                if (names[i] is "since" or "name" or "status" or "band" or "detail")
                {
                    parameter.NpgsqlDbType = names[i] == "since" ? NpgsqlTypes.NpgsqlDbType.Date : NpgsqlTypes.NpgsqlDbType.Text;
                }

                command.Parameters.Add(parameter);
            }

            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return id;
    }

    public async Task<IReadOnlyList<OverlegSummary>> ListAsync(string gemeente, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT o.id, o.gemeente, o.held_on, o.as_of, o.created_by,
                   count(*) FILTER (WHERE c.in_gateway)::int,
                   count(*) FILTER (WHERE c.in_gateway AND NOT c.in_officer_list AND o.officer_list_supplied)::int,
                   count(*) FILTER (WHERE c.in_officer_list AND NOT c.in_gateway)::int
            FROM overleg_overviews o LEFT JOIN overleg_cases c ON c.overview_id = o.id
            WHERE o.gemeente = @gemeente GROUP BY o.id ORDER BY o.id DESC
            """);
        command.Parameters.AddWithValue("gemeente", gemeente);
        var list = new List<OverlegSummary>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            list.Add(new OverlegSummary(reader.GetInt64(0), reader.GetString(1), reader.GetFieldValue<DateOnly>(2), reader.GetFieldValue<DateOnly>(3),
                reader.GetString(4), reader.GetInt32(5), reader.GetInt32(6), reader.GetInt32(7)));
        }

        return list;
    }

    /// <summary>The gemeente of an overview, for the caller's check before anything else is read; null when unknown.</summary>
    public async Task<string?> GemeenteOfAsync(long id, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT gemeente FROM overleg_overviews WHERE id = @id");
        command.Parameters.AddWithValue("id", id);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    public async Task<OverlegOverview?> LoadAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        OverlegOverview? overview = null;
        await using (var command = new NpgsqlCommand("""
            SELECT o.id, o.gemeente, o.held_on, o.as_of, o.created_by, o.created_at, o.officer_list_supplied,
                   (SELECT max(p.id) FROM overleg_overviews p WHERE p.gemeente = o.gemeente AND p.id < o.id)
            FROM overleg_overviews o WHERE o.id = @id
            """, connection))
        {
            command.Parameters.AddWithValue("id", id);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            if (!await reader.ReadAsync(cancellationToken))
            {
                return null;
            }

            overview = new OverlegOverview(reader.GetInt64(0), reader.GetString(1), reader.GetFieldValue<DateOnly>(2), reader.GetFieldValue<DateOnly>(3),
                reader.GetString(4), reader.GetFieldValue<DateTimeOffset>(5), reader.GetBoolean(6), reader.IsDBNull(7) ? null : reader.GetInt64(7), []);
        }

        var steps = new List<(string Key, OverlegStep Step)>();
        await using (var command = new NpgsqlCommand("""
            SELECT s.person_key, s.id, s.overview_id, s.what, s.who, s.due_date, s.recorded_by, s.recorded_at
            FROM overleg_steps s JOIN overleg_overviews o ON o.id = s.overview_id
            WHERE o.gemeente = @gemeente AND s.overview_id <= @id
              AND s.person_key IN (SELECT person_key FROM overleg_cases WHERE overview_id = @id)
            ORDER BY s.id
            """, connection))
        {
            command.Parameters.AddWithValue("gemeente", overview.Gemeente);
            command.Parameters.AddWithValue("id", id);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                steps.Add((reader.GetString(0), new OverlegStep(reader.GetInt64(1), reader.GetInt64(2), reader.GetString(3), reader.GetString(4),
                    reader.IsDBNull(5) ? null : reader.GetFieldValue<DateOnly>(5), reader.GetString(6), reader.GetFieldValue<DateTimeOffset>(7))));
            }
        }

        var cases = new List<OverlegCase>();
        await using (var command = new NpgsqlCommand("""
            SELECT person_key, name, status, since, band, open_conflicts, in_gateway, in_officer_list, change, change_detail
            FROM overleg_cases WHERE overview_id = @id
            ORDER BY change = 'VERVALLEN', since NULLS LAST, name, person_key
            """, connection))
        {
            command.Parameters.AddWithValue("id", id);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var key = reader.GetString(0);
                var own = steps.Where(s => s.Key == key).Select(s => s.Step).ToList();
                cases.Add(new OverlegCase(key, Text(reader, 1), Text(reader, 2), reader.IsDBNull(3) ? null : reader.GetFieldValue<DateOnly>(3),
                    Text(reader, 4), reader.GetInt32(5), reader.GetBoolean(6), reader.GetBoolean(7), reader.GetString(8), Text(reader, 9),
                    own.LastOrDefault(s => s.OverviewId < id), [.. own.Where(s => s.OverviewId == id)]));
            }
        }

        return overview with { Cases = cases };
    }

    /// <summary>Records a step for a case of the overview; false when the case is not on it.</summary>
    public async Task<OverlegStep?> AddStepAsync(Caller caller, long id, string personKey, string what, string who, DateOnly? due, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        await using var command = dataSource.CreateCommand("""
            INSERT INTO overleg_steps (overview_id, person_key, what, who, due_date, recorded_by, recorded_at)
            SELECT @id, @key, @what, @who, @due, @by, @now WHERE EXISTS (SELECT 1 FROM overleg_cases WHERE overview_id = @id AND person_key = @key)
            RETURNING id, recorded_at
            """);
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("key", personKey);
        command.Parameters.AddWithValue("what", what);
        command.Parameters.AddWithValue("who", who);
        command.Parameters.Add(new NpgsqlParameter("due", NpgsqlTypes.NpgsqlDbType.Date) { Value = (object?)due ?? DBNull.Value });
        command.Parameters.AddWithValue("by", caller.Name);
        command.Parameters.AddWithValue("now", clock.GetUtcNow());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new OverlegStep(reader.GetInt64(0), id, what, who, due, caller.Name, reader.GetFieldValue<DateTimeOffset>(1))
            : null;
    }

    /// <summary>Every 9-digit number in the officer's text (pasted PGNs or a CSV export); at most <see cref="MaxOfficerPgns"/>.</summary>
    public static IReadOnlyCollection<string> OfficerPgns(string? text) =>
        text is null ? [] : [.. PgnPattern().Matches(text).Select(m => m.Value).Distinct(StringComparer.Ordinal)];

    private static string? Describe(string? oldStatus, DateOnly? oldSince, string? oldBand, int oldOpen, string newStatus, DateOnly? newSince, string? newBand, int newOpen)
    {
        var parts = new List<string>();
        if (oldStatus != newStatus)
        {
            parts.Add($"status {oldStatus} → {newStatus}");
        }
        else if (oldSince != newSince)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"sinds {oldSince:dd-MM-yyyy} → {newSince:dd-MM-yyyy}"));
        }

        if (oldBand != newBand)
        {
            parts.Add($"duur {oldBand ?? "-"} → {newBand ?? "-"}");
        }

        if (oldOpen != newOpen)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"open conflicten {oldOpen} → {newOpen}"));
        }

        return parts.Count == 0 ? null : string.Join("; ", parts);
    }

    private static string? Text(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    [GeneratedRegex(@"(?<![0-9])[0-9]{9}(?![0-9])")]
    private static partial Regex PgnPattern();
}

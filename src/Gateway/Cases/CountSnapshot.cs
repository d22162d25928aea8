using Npgsql;

namespace Thuiszitters.Gateway.Cases;

/// <summary>
/// The daily step of the counts (after a reconciliation, or from a daily job through <see cref="TakeAsync"/> or the
/// <c>cases snapshot-counts</c> command): extends every case's episode in <c>case_episodes</c> to the latest run's date and
/// writes that day's counts per region, gemeente and school into <c>count_history</c>, replacing the day's earlier ones.
/// Set-based, in one transaction; taking it twice for one day changes nothing.
/// </summary>
internal sealed partial class CountSnapshot(NpgsqlDataSource dataSource, CaseIndex index, TimeProvider clock, ILogger<CountSnapshot> logger)
{
    private const long LockKey = 0x7A_43_4F_55_4E_54; // "zCOUNT"

    private const string EpisodesSql = $"""
        INSERT INTO case_episodes (person_key, pgn, status, since, band, gemeente, schools, sector, reason, first_day, last_day)
        SELECT p.person_key, p.pgn, p.status, coalesce(p.since, @day), p.band, p.gemeente, p.schools, k.sector, k.reason, @day, @day
        FROM pupil_states p LEFT JOIN case_people k ON k.person_key = p.person_key
        WHERE p.status IN {CountMetrics.CaseStatuses}
        ON CONFLICT (person_key, status, since) DO UPDATE SET
          pgn = excluded.pgn, band = excluded.band, gemeente = excluded.gemeente, schools = excluded.schools,
          sector = coalesce(excluded.sector, case_episodes.sector), reason = coalesce(excluded.reason, case_episodes.reason),
          first_day = least(case_episodes.first_day, excluded.first_day), last_day = greatest(case_episodes.last_day, excluded.last_day);
        """;

    /// <summary>Per person, metric and the scopes it counts in; then aggregated per region, gemeente and school.</summary>
    private const string HistorySql = $"""
        DELETE FROM count_history WHERE day = @day;
        WITH leave AS (
            SELECT DISTINCT coalesce(i.bsn, i.onderwijsnummer) AS pgn FROM (
              SELECT t.bsn, t.onderwijsnummer, t.school, t.date,
                     sum(t.start) OVER (PARTITION BY t.bsn, t.onderwijsnummer, t.school ORDER BY t.date) AS island
              FROM (SELECT a.bsn, a.onderwijsnummer, a.school, d.date,
                           CASE WHEN d.date - lag(d.date) OVER w <= 3 THEN 0 ELSE 1 END AS start
                    FROM absence_runs a JOIN school_export_state x ON x.delivery_id = a.delivery_id
                    CROSS JOIN LATERAL unnest(a.dates, a.codes) AS d(date, code)
                    WHERE 6 = ANY(a.codes) AND d.code = 6 AND d.date <= @day AND d.date >= @year_start
                    WINDOW w AS (PARTITION BY a.bsn, a.onderwijsnummer, a.school ORDER BY d.date)) t) i
            GROUP BY i.bsn, i.onderwijsnummer, i.school, i.island
            HAVING max(i.date) - min(i.date) + 1 > 28),
        m AS (
            SELECT p.person_key, p.gemeente, p.schools, p.status AS metric FROM pupil_states p WHERE p.status IN {CountMetrics.CaseStatuses}
            UNION ALL
            SELECT p.person_key, p.gemeente, p.schools, '{CountMetrics.Thuiszitters}' FROM pupil_states p WHERE p.status IN ('ABSOLUTE_ABSENCE','LONG_TERM_ABSENCE')
            UNION ALL
            SELECT p.person_key, p.gemeente, p.schools, 'VRIJSTELLING_' || x.artikel FROM vrijstellingen x JOIN pupil_states p ON p.pgn = x.pgn
            WHERE x.artikel IN ('5A','5B') AND x.begin_date <= @day AND (x.end_date IS NULL OR x.end_date >= @day)
            UNION ALL
            SELECT p.person_key, p.gemeente, p.schools, '{CountMetrics.Leave11G}' FROM leave l JOIN pupil_states p ON p.pgn = l.pgn)
        INSERT INTO count_history (day, scope_kind, scope, metric, value)
        SELECT @day, 'REGIO', '*', metric, count(DISTINCT person_key) FROM m GROUP BY metric
        UNION ALL
        SELECT @day, 'GEMEENTE', gemeente, metric, count(DISTINCT person_key) FROM m WHERE gemeente IS NOT NULL GROUP BY gemeente, metric
        UNION ALL
        SELECT @day, 'SCHOOL', s.school, metric, count(DISTINCT person_key) FROM m CROSS JOIN unnest(m.schools) AS s(school) GROUP BY s.school, metric;
        """;

    /// <summary>Takes the counts of the latest finished run's date; returns that date, or null when nothing was reconciled yet.</summary>
    public async Task<DateOnly?> TakeAsync(CancellationToken cancellationToken)
    {
        await index.EnsureCurrentAsync(cancellationToken);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var lockCommand = new NpgsqlCommand("SELECT pg_advisory_xact_lock(@k)", connection, transaction))
        {
            lockCommand.Parameters.AddWithValue("k", LockKey);
            await lockCommand.ExecuteNonQueryAsync(cancellationToken);
        }

        DateOnly day;
        long run;
        await using (var command = new NpgsqlCommand(
            "SELECT id, as_of FROM reconciliation_runs WHERE finished_at IS NOT NULL ORDER BY id DESC LIMIT 1", connection, transaction))
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            if (!await reader.ReadAsync(cancellationToken))
            {
                return null;
            }

            (run, day) = (reader.GetInt64(0), reader.GetFieldValue<DateOnly>(1));
        }

        var yearStart = new DateOnly(day.Month >= 8 ? day.Year : day.Year - 1, 8, 1);
        foreach (var sql in new[] { EpisodesSql, HistorySql })
        {
            await using var command = new NpgsqlCommand(sql, connection, transaction) { CommandTimeout = 600 };
            command.Parameters.AddWithValue("day", day);
            command.Parameters.AddWithValue("year_start", yearStart);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var command = new NpgsqlCommand("""
            INSERT INTO case_index_state (id, run_id, refreshed_at) VALUES (2, @run, @now)
            ON CONFLICT (id) DO UPDATE SET run_id = excluded.run_id, refreshed_at = excluded.refreshed_at
            """, connection, transaction))
        {
            command.Parameters.AddWithValue("run", run);
            command.Parameters.AddWithValue("now", clock.GetUtcNow());
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        LogTaken(logger, day);
        return day;
    }

    /// <summary>Takes the counts when a run finished since they were last taken (the counts page's first read after a run).</summary>
    public async Task EnsureTakenAsync(CancellationToken cancellationToken)
    {
        await using (var command = dataSource.CreateCommand("""
            SELECT (SELECT max(id) FROM reconciliation_runs WHERE finished_at IS NOT NULL) IS NOT DISTINCT FROM (SELECT run_id FROM case_index_state WHERE id = 2)
                OR NOT EXISTS (SELECT 1 FROM reconciliation_runs WHERE finished_at IS NOT NULL)
            """))
        {
            if (await command.ExecuteScalarAsync(cancellationToken) is true)
            {
                return;
            }
        }

        await TakeAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Counts taken for {Day}")]
    private static partial void LogTaken(ILogger logger, DateOnly day);
}

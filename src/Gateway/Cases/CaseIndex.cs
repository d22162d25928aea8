using Npgsql;

namespace Thuiszitters.Gateway.Cases;

/// <summary>
/// Keeps <c>case_people</c> (names, birth dates, sector, the open thuiszitter registration, and a copy of the run's
/// reconciled state) in step with the latest finished reconciliation run. Built set-based for every pupil that is a case
/// or has an open conflict when the run ends: <c>pupil_states</c> and new conflicts change only in a run's transaction,
/// so between runs a person can only leave that set (a conflict acknowledged or dismissed), never enter it, and the
/// copied state stays the register's. The overview reads this table alone and checks only the conflicts live
/// (<see cref="CandidateCondition"/>), so it never shows an attending pupil whose last open conflict was dismissed.
/// Rebuilt on the first read after a run, under a transaction-level advisory lock so that concurrent readers build it once.
/// </summary>
internal sealed partial class CaseIndex(NpgsqlDataSource dataSource, TimeProvider clock, ILogger<CaseIndex> logger)
{
    private const long LockKey = 0x7A_43_41_53_45_53; // "zCASES"

    /// <summary>
    /// Pupils with a case status or an open (or acknowledged) conflict: the overview's candidates. Alias <c>p</c> is
    /// <c>pupil_states</c> or <c>case_people</c> (both have status, pgn and source_key). Their pgn compares bytewise
    /// (collation "C"), the conflicts' in the database's collation: the same equality, but only a pgn in the conflicts'
    /// collation finds their index.
    /// </summary>
    internal const string CandidateCondition = $"p.status <> 'NO_DUTY' AND (p.status <> 'ATTENDING' OR {OpenConflictExists})";

    /// <summary>
    /// The pupil <c>p</c> has an open (or acknowledged) conflict: by pgn (compared in the conflicts' collation, so that
    /// their index is used) or, for a person without one, by source key; two indexed arms, not one <c>OR</c> that scans.
    /// </summary>
    internal const string OpenConflictExists = """
        (EXISTS (SELECT 1 FROM conflicts c WHERE c.pgn = p.pgn COLLATE "default" AND c.state IN ('OPEN','ACKNOWLEDGED'))
         OR EXISTS (SELECT 1 FROM conflicts c WHERE p.pgn IS NULL AND c.source_key = p.source_key AND c.state IN ('OPEN','ACKNOWLEDGED')))
        """;

    private const string RebuildSql = $"""
        {CaseReadSettings.LocalSql}
        DELETE FROM case_people;
        INSERT INTO case_people (person_key, pgn, source_key, status, since, band, gemeente, schools, as_of,
                                 surname, prefix, given_names, sort_name, search_text, birth_text, birth_date,
                                 sector, reason, plan, offer, regiehouder, registration_school, reported_on)
        SELECT p.person_key, p.pgn, p.source_key, p.status, p.since, p.band, p.gemeente, p.schools, p.as_of,
               n.achternaam, n.voorvoegsel, n.voornamen,
               lower(coalesce(n.achternaam, '') || ' ' || coalesce(n.voornamen, '')),
               lower(concat_ws(' ', n.voornamen, n.voorvoegsel, n.achternaam, p.pgn, p.source_key)),
               CASE WHEN b.y IS NULL THEN NULL WHEN b.m IS NULL THEN lpad(b.y::text, 4, '0')
                    WHEN b.d IS NULL THEN lpad(b.y::text, 4, '0') || '-' || lpad(b.m::text, 2, '0')
                    ELSE lpad(b.y::text, 4, '0') || '-' || lpad(b.m::text, 2, '0') || '-' || lpad(b.d::text, 2, '0') END,
               CASE WHEN b.y IS NULL THEN NULL ELSE make_date(b.y, coalesce(b.m, 1), coalesce(b.d, 1)) END,
               e.sector, t.reden, t.plan, t.aanbod, t.regiehouder, t.school, t.gemeld_op
        FROM pupil_states p
        LEFT JOIN LATERAL (
            SELECT x.achternaam, x.voorvoegsel, x.voornamen FROM (
                SELECT 1 AS r, r.achternaam, r.voorvoegsel, r.voornamen FROM residents r JOIN brp_state s ON s.delivery_id = r.delivery_id WHERE r.bsn = p.pgn
                UNION ALL SELECT 2, o.achternaam, o.voorvoegsel, o.voornamen FROM rod_persons o WHERE o.pgn = p.pgn
                UNION ALL SELECT 3, s.achternaam, s.voorvoegsel, s.voornamen FROM school_pupils s JOIN school_export_state x ON x.delivery_id = s.delivery_id WHERE s.bsn = p.pgn
                UNION ALL SELECT 4, s.achternaam, s.voorvoegsel, s.voornamen FROM school_pupils s JOIN school_export_state x ON x.delivery_id = s.delivery_id WHERE s.onderwijsnummer = p.pgn
                UNION ALL SELECT 5, s.achternaam, s.voorvoegsel, s.voornamen FROM school_pupils s JOIN school_export_state x ON x.delivery_id = s.delivery_id
                  WHERE p.pgn IS NULL AND s.school = split_part(p.source_key, '/', 1) AND s.source_key = substr(p.source_key, length(split_part(p.source_key, '/', 1)) + 2)
            ) x ORDER BY x.r LIMIT 1) n ON TRUE
        LEFT JOIN LATERAL (
            SELECT x.y, x.m, x.d FROM (
                SELECT 1 AS r, o.birth_year AS y, o.birth_month AS m, o.birth_day AS d FROM rod_persons o WHERE o.pgn = p.pgn
                UNION ALL SELECT 2, r.birth_year, r.birth_month, r.birth_day FROM residents r JOIN brp_state s ON s.delivery_id = r.delivery_id WHERE r.bsn = p.pgn
                UNION ALL SELECT 3, s.birth_year, s.birth_month, s.birth_day FROM school_pupils s JOIN school_export_state x ON x.delivery_id = s.delivery_id WHERE s.bsn = p.pgn
                UNION ALL SELECT 3, s.birth_year, s.birth_month, s.birth_day FROM school_pupils s JOIN school_export_state x ON x.delivery_id = s.delivery_id WHERE s.onderwijsnummer = p.pgn
                UNION ALL SELECT 4, s.birth_year, s.birth_month, s.birth_day FROM school_pupils s JOIN school_export_state x ON x.delivery_id = s.delivery_id
                  WHERE p.pgn IS NULL AND s.school = split_part(p.source_key, '/', 1) AND s.source_key = substr(p.source_key, length(split_part(p.source_key, '/', 1)) + 2)
            ) x WHERE x.y IS NOT NULL ORDER BY (x.d IS NULL), (x.m IS NULL), x.r LIMIT 1) b ON TRUE
        LEFT JOIN LATERAL (
            SELECT o.sector FROM rod_enrolments o WHERE o.pgn = p.pgn AND o.begin_date <= p.as_of
            ORDER BY (o.end_date IS NULL OR o.end_date >= p.as_of) DESC, o.begin_date DESC LIMIT 1) e ON TRUE
        LEFT JOIN LATERAL (
            SELECT t.reden, t.plan, t.aanbod, t.regiehouder, t.school, t.gemeld_op
            FROM thuiszitter_registrations t JOIN school_export_state x ON x.delivery_id = t.delivery_id
            WHERE (t.bsn = p.pgn OR t.onderwijsnummer = p.pgn) AND t.start_date <= p.as_of
            ORDER BY (t.end_date IS NULL OR t.end_date >= p.as_of) DESC, t.start_date DESC LIMIT 1) t ON TRUE
        WHERE {CandidateCondition};
        -- Statistics of the new rows (their gemeenten, statuses), in this transaction: the first overview reads plan with them.
        ANALYZE case_people;
        INSERT INTO case_index_state (id, run_id, refreshed_at) VALUES (1, @run, @now)
          ON CONFLICT (id) DO UPDATE SET run_id = excluded.run_id, refreshed_at = excluded.refreshed_at;
        """;

    /// <summary>Rebuilds <c>case_people</c> when a reconciliation run finished since the last build.</summary>
    public async Task EnsureCurrentAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        if (await StaleRunAsync(connection, null, cancellationToken) is null)
        {
            return;
        }

        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var lockCommand = new NpgsqlCommand("SELECT pg_advisory_xact_lock(@k)", connection, transaction))
        {
            lockCommand.Parameters.AddWithValue("k", LockKey);
            await lockCommand.ExecuteNonQueryAsync(cancellationToken);
        }

        if (await StaleRunAsync(connection, transaction, cancellationToken) is not { } run)
        {
            return;
        }

        var started = clock.GetTimestamp();
        await using (var command = new NpgsqlCommand(RebuildSql, connection, transaction))
        {
            command.CommandTimeout = 600;
            command.Parameters.AddWithValue("run", run);
            command.Parameters.AddWithValue("now", clock.GetUtcNow());
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        var elapsed = clock.GetElapsedTime(started);
        LogRebuilt(logger, run, (long)elapsed.TotalMilliseconds);
    }

    /// <summary>The latest finished run when <c>case_people</c> was built for an older one (or never); else null.</summary>
    private static async Task<long?> StaleRunAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("""
            SELECT r.id FROM (SELECT max(id) AS id FROM reconciliation_runs WHERE finished_at IS NOT NULL) r
            WHERE r.id IS NOT NULL AND r.id IS DISTINCT FROM (SELECT run_id FROM case_index_state WHERE id = 1)
            """, connection, transaction);
        return await command.ExecuteScalarAsync(cancellationToken) is long id ? id : null;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Case index rebuilt for reconciliation run {RunId} in {Milliseconds} ms")]
    private static partial void LogRebuilt(ILogger logger, long runId, long milliseconds);
}

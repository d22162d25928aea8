using Npgsql;

namespace Thuiszitters.Gateway.RodCorrections;

/// <summary>
/// Derives the ROD corrections from the open conflicts, set-based: <c>NOT_IN_ROD</c> → <c>T</c> (the school's enrolment),
/// <c>ROD_DATE_MISMATCH</c> → <c>A</c> (ROD's enrolment with the school's dates), <c>STALE_IN_ROD</c> → <c>U</c> (ended on the
/// school's last day) or <c>V</c> (the school's export does not list the pupil: withdraw). One correction per conflict; a
/// proposal whose conflict is no longer open is withdrawn before it is sent. The school's facts are its current export.
/// </summary>
internal sealed class RodCorrectionDeriver(NpgsqlDataSource dataSource, TimeProvider time)
{
    private const string CurrentPupils = """
        school_pupils sp JOIN school_export_state es ON es.school = sp.school AND es.kind = 'PUPILS' AND es.delivery_id = sp.delivery_id
        """;

    /// <summary>Returns (proposed, withdrawn).</summary>
    public async Task<(int Proposed, int Withdrawn)> DeriveAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var withdraw = new NpgsqlCommand(
            """
            DELETE FROM rod_corrections rc USING conflicts c
            WHERE rc.conflict_id = c.id AND rc.state = 'PROPOSED' AND c.state NOT IN ('OPEN', 'ACKNOWLEDGED')
            """,
            connection,
            transaction);
        var withdrawn = await withdraw.ExecuteNonQueryAsync(cancellationToken);
        await using var derive = new NpgsqlCommand(
            $"""
            INSERT INTO rod_corrections (conflict_id, conflict_code, school, pgn, mutation, sequence_number, start_date, end_date, state, proposed_at)
            SELECT DISTINCT ON (c.id) c.id, c.code, c.school, c.pgn, m.mutation, m.seq, m.start_date, m.end_date, 'PROPOSED', @now
            FROM conflicts c
            CROSS JOIN LATERAL (
                SELECT 'T' AS mutation, NULL::int AS seq, sp.begin_date AS start_date, sp.end_date AS end_date
                FROM {CurrentPupils}
                WHERE c.code = 'NOT_IN_ROD' AND sp.school = c.school AND c.pgn IN (sp.bsn, sp.onderwijsnummer) AND sp.begin_date = c.anchor_date
                UNION ALL
                SELECT 'A', r.volgnummer, sp.begin_date, sp.end_date
                FROM {CurrentPupils}
                JOIN rod_enrolments r ON r.pgn = c.pgn AND r.school = c.school AND r.mutatie <> 'V'
                    AND r.begin_date <= coalesce(sp.end_date, 'infinity'::date) AND sp.begin_date <= coalesce(r.end_date, 'infinity'::date)
                WHERE c.code = 'ROD_DATE_MISMATCH' AND sp.school = c.school AND c.pgn IN (sp.bsn, sp.onderwijsnummer) AND sp.begin_date = c.anchor_date
                UNION ALL
                SELECT CASE WHEN last.listed THEN 'U' ELSE 'V' END, r.volgnummer, r.begin_date, CASE WHEN last.listed THEN last.end_date ELSE r.end_date END
                FROM rod_enrolments r
                CROSS JOIN LATERAL (
                    SELECT count(*) > 0 AS listed, max(sp.end_date) AS end_date FROM {CurrentPupils}
                    WHERE sp.school = r.school AND r.pgn IN (sp.bsn, sp.onderwijsnummer)) last
                WHERE c.code = 'STALE_IN_ROD' AND r.pgn = c.pgn AND r.school = c.school AND r.begin_date = c.anchor_date AND r.mutatie <> 'V'
                    AND (NOT last.listed OR last.end_date IS NOT NULL)
            ) m
            WHERE c.code IN ('NOT_IN_ROD', 'ROD_DATE_MISMATCH', 'STALE_IN_ROD') AND c.state IN ('OPEN', 'ACKNOWLEDGED') AND c.pgn IS NOT NULL
              AND NOT EXISTS (SELECT 1 FROM rod_corrections rc WHERE rc.conflict_id = c.id)
            ORDER BY c.id, m.mutation
            """,
            connection,
            transaction);
        derive.Parameters.AddWithValue("now", time.GetUtcNow());
        var proposed = await derive.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (proposed, withdrawn);
    }
}

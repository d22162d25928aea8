using Npgsql;

namespace Thuiszitters.Gateway.RodCorrections;

/// <summary>
/// One pass of the ROD corrections, for the sync's source <c>rod-poll</c> or the command <c>rod-poll</c>: derive from the open conflicts,
/// submit the proposals of every board that switched automatic submission on, send again what DUO has not
/// acknowledged, and read DUO's answers.
/// </summary>
internal sealed class RodCorrectionCycle(NpgsqlDataSource dataSource, RodCorrectionDeriver deriver, RodSubmissionService submissions)
{
    public async Task<RodCycleResult> RunAsync(CancellationToken cancellationToken)
    {
        var (proposed, withdrawn) = await deriver.DeriveAsync(cancellationToken);
        if (!submissions.Configured)
        {
            return new RodCycleResult(proposed, withdrawn, 0, 0, 0);
        }

        var submitted = 0;
        foreach (var (board, school) in await AutomaticSchoolsAsync(cancellationToken))
        {
            submitted += await submissions.SubmitAsync(school, "automatisch (" + board + ")", cancellationToken) is null ? 0 : 1;
        }

        var resent = await submissions.ResendPendingAsync(cancellationToken);
        var processed = await submissions.PollAsync(cancellationToken);
        var (unsent, lastError) = await UnsentAsync(cancellationToken);
        return new RodCycleResult(proposed, withdrawn, submitted, resent, processed, unsent, lastError);
    }

    /// <summary>Batches whose sending failed and that DUO has not taken since (each is sent again by the next pass).</summary>
    private async Task<(int Count, string? LastError)> UnsentAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT count(*)::int, (array_agg(last_error ORDER BY id DESC))[1] FROM rod_submissions WHERE state = 'SENDING' AND last_error IS NOT NULL");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return (reader.GetInt32(0), reader.IsDBNull(1) ? null : reader.GetString(1));
    }

    private async Task<List<(string Board, string School)>> AutomaticSchoolsAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT board, unnest(schools) FROM rod_board_settings WHERE auto_submit ORDER BY 1, 2");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var schools = new List<(string, string)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            schools.Add((reader.GetString(0), reader.GetString(1)));
        }

        return schools;
    }
}

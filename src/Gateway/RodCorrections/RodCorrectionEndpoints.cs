using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;
using Thuiszitters.Gateway.Security;

namespace Thuiszitters.Gateway.RodCorrections;

/// <summary>
/// A school board's ROD corrections (<c>/api/boards/rod-corrections</c>), its own schools only (<see cref="BoardScope"/>):
/// the list with DUO's answers, "Indienen", and the automatic submission switch.
/// </summary>
internal static class RodCorrectionEndpoints
{
    public static IEndpointRouteBuilder MapRodCorrectionApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/boards/rod-corrections").RequireAuthorization(SecurityServiceCollectionExtensions.Boards).WithTags("ROD corrections");
        group.MapGet("/", ListAsync);
        group.MapPost("/submit", SubmitAsync);
        group.MapGet("/settings", GetSettingsAsync);
        group.MapPut("/settings", PutSettingsAsync);
        return app;
    }

    private static async Task<Results<Ok<List<RodCorrectionItem>>, ProblemHttpResult>> ListAsync(
        HttpContext http, NpgsqlDataSource dataSource, AuditLog audit, string? state, CancellationToken cancellationToken)
    {
        if (state is not null && !RodCorrectionStates.All.Contains(state, StringComparer.Ordinal))
        {
            return Problem(400, "state", "state must be one of PROPOSED, SUBMITTED, ACCEPTED, REJECTED");
        }

        var caller = http.User.ToCaller();
        await using var command = dataSource.CreateCommand(
            """
            SELECT c.id, c.school, c.pgn, c.conflict_code, c.mutation, c.sequence_number, c.start_date, c.end_date, c.state,
                   c.signal_code, c.signal_text, c.proposed_at, c.answered_at, s.duo_batch_id
            FROM rod_corrections c LEFT JOIN rod_submissions s ON s.id = c.submission_id
            WHERE c.school = ANY($1) AND ($2::text IS NULL OR c.state = $2)
            ORDER BY c.school, c.id
            LIMIT 5000
            """);
        command.Parameters.Add(new() { Value = BoardScope.Schools(caller).ToArray() });
        command.Parameters.Add(new() { Value = (object?)state ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        var items = new List<RodCorrectionItem>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                items.Add(new RodCorrectionItem(
                    reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                    reader.IsDBNull(5) ? null : reader.GetInt32(5), reader.GetFieldValue<DateOnly>(6), reader.IsDBNull(7) ? null : reader.GetFieldValue<DateOnly>(7),
                    reader.GetString(8), reader.IsDBNull(9) ? null : reader.GetString(9), reader.IsDBNull(10) ? null : reader.GetString(10),
                    reader.GetFieldValue<DateTimeOffset>(11), reader.IsDBNull(12) ? null : reader.GetFieldValue<DateTimeOffset>(12),
                    reader.IsDBNull(13) ? null : reader.GetString(13)));
            }
        }

        await audit.RecordAsync(caller, "rod-corrections-list", [.. items.Select(i => i.Pgn).Distinct()], "ROD-correcties", cancellationToken);
        return TypedResults.Ok(items);
    }

    private static async Task<Results<Ok<RodSubmitResult>, ProblemHttpResult>> SubmitAsync(
        HttpContext http, RodSubmissionService submissions, RodSubmitRequest? request, CancellationToken cancellationToken)
    {
        var caller = http.User.ToCaller();
        if (request?.School is { } school && !BoardScope.Includes(caller, school))
        {
            return Problem(403, "school", "this school is not one of the board's schools");
        }

        if (!submissions.Configured)
        {
            return Problem(503, null, "DUO's submission API is not configured (DuoRod:BaseUrl)");
        }

        var batches = new List<long>();
        foreach (var s in request?.School is { } one ? [one] : BoardScope.Schools(caller))
        {
            if (await submissions.SubmitAsync(s, caller.Name, cancellationToken) is { } id)
            {
                batches.Add(id);
            }
        }

        return TypedResults.Ok(new RodSubmitResult(batches));
    }

    private static async Task<Ok<RodBoardSettings>> GetSettingsAsync(HttpContext http, NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        var caller = http.User.ToCaller();
        await using var command = dataSource.CreateCommand("SELECT auto_submit FROM rod_board_settings WHERE board = $1");
        command.Parameters.Add(new() { Value = BoardScope.Board(caller) });
        return TypedResults.Ok(new RodBoardSettings(await command.ExecuteScalarAsync(cancellationToken) is true));
    }

    private static async Task<Results<Ok<RodBoardSettings>, ProblemHttpResult>> PutSettingsAsync(
        HttpContext http, NpgsqlDataSource dataSource, TimeProvider time, RodBoardSettings? settings, CancellationToken cancellationToken)
    {
        if (settings is null)
        {
            return Problem(400, "autoSubmit", "a body {\"autoSubmit\": true|false} is required");
        }

        var caller = http.User.ToCaller();
        await using var command = dataSource.CreateCommand(
            """
            INSERT INTO rod_board_settings (board, auto_submit, schools, updated_by, updated_at) VALUES ($1, $2, $3, $4, $5)
            ON CONFLICT (board) DO UPDATE SET auto_submit = excluded.auto_submit, schools = excluded.schools,
                updated_by = excluded.updated_by, updated_at = excluded.updated_at
            """);
        object[] values = [BoardScope.Board(caller), settings.AutoSubmit, BoardScope.Schools(caller).ToArray(), caller.Name, time.GetUtcNow()];
        foreach (var value in values)
        {
            command.Parameters.Add(new() { Value = value });
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
        return TypedResults.Ok(settings);
    }

    private static ProblemHttpResult Problem(int status, string? parameter, string detail) =>
        TypedResults.Problem(detail, statusCode: status, extensions: parameter is null ? null : new Dictionary<string, object?> { ["parameter"] = parameter });
}

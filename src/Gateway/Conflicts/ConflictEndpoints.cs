using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;
using NpgsqlTypes;
using Thuiszitters.Gateway.Reconciliation;
using Thuiszitters.Gateway.Security;

namespace Thuiszitters.Gateway.Conflicts;

/// <summary>
/// The conflicts within the caller's scope; acknowledge, and dismiss with a reason, by the party that must act, recorded
/// with who did it. Who sees and who acts is decided in <see cref="ConflictScope"/>.
/// </summary>
internal static class ConflictEndpoints
{
    public const int MaxReason = 1000;

    private static readonly string[] States = ["OPEN", "ACKNOWLEDGED", "DISMISSED", "RESOLVED"];

    private static readonly string[] Codes = [.. Enum.GetValues<ConflictCode>().Select(Names.Of)];

    public static IEndpointRouteBuilder MapConflictApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/conflicts")
            .RequireAuthorization(SecurityServiceCollectionExtensions.ConflictHandlers)
            .AddEndpointFilter<RequestValueGuard>()
            .WithTags("Conflicts");
        group.MapGet("/", ListAsync);
        group.MapPost("/{id:long}/acknowledge", AcknowledgeAsync);
        group.MapPost("/{id:long}/dismiss", DismissAsync);
        return app;
    }

    private static async Task<Results<Ok<List<PupilConflictItem>>, ProblemHttpResult>> ListAsync(
        HttpContext http, NpgsqlDataSource dataSource, AuditLog audit, string? state, string? code, CancellationToken cancellationToken)
    {
        if (InputGuard.OneOf("state", state is "" ? null : state, States) is { } badState)
        {
            return badState;
        }

        if (InputGuard.OneOf("code", code is "" ? null : code, Codes) is { } badCode)
        {
            return badCode;
        }

        var caller = http.User.ToCaller();
        await using var command = dataSource.CreateCommand($"""
            SELECT c.id, c.code, c.pgn, c.source_key, c.school, c.anchor_date, c.state, c.acts, c.due_date, c.escalated, c.detail
            FROM conflicts c LEFT JOIN pupil_states p ON p.person_key = coalesce(c.pgn, c.source_key)
            WHERE (@state IS NULL OR c.state = @state) AND (@code IS NULL OR c.code = @code)
              AND {ConflictScope.Visible(caller)}
            ORDER BY c.due_date NULLS LAST, c.code, c.pgn
            LIMIT 5000
            """);
        ConflictScope.Bind(command, caller);
        command.Parameters.Add(new NpgsqlParameter("state", NpgsqlDbType.Text) { Value = string.IsNullOrEmpty(state) ? DBNull.Value : state });
        command.Parameters.Add(new NpgsqlParameter("code", NpgsqlDbType.Text) { Value = string.IsNullOrEmpty(code) ? DBNull.Value : code });
        var items = new List<PupilConflictItem>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                items.Add(new PupilConflictItem(
                    reader.GetInt64(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3),
                    reader.IsDBNull(4) ? null : reader.GetString(4), reader.IsDBNull(5) ? null : reader.GetFieldValue<DateOnly>(5), reader.GetString(6),
                    reader.GetString(7), reader.IsDBNull(8) ? null : reader.GetFieldValue<DateOnly>(8), reader.GetBoolean(9), reader.GetString(10)));
            }
        }

        await audit.RecordAsync(caller, "conflict-list", [.. items.Select(i => i.Pgn ?? i.SourceKey ?? "-").Distinct()], "conflictenoverzicht", cancellationToken);
        return TypedResults.Ok(items);
    }

    private static async Task<IResult> AcknowledgeAsync(
        HttpContext http, ConflictActions actions, AuditLog audit, long id, CancellationToken cancellationToken)
    {
        var caller = http.User.ToCaller();
        var (outcome, pgn) = await actions.AcknowledgeAsync(id, caller, cancellationToken);
        return await AnswerAsync(audit, caller, "conflict-acknowledge", outcome, pgn, cancellationToken);
    }

    private static async Task<IResult> DismissAsync(
        HttpContext http, ConflictActions actions, AuditLog audit, long id, DismissRequest? request, CancellationToken cancellationToken)
    {
        var reason = request?.Reason;
        if (string.IsNullOrWhiteSpace(reason))
        {
            return InputGuard.Problem("reason", "Een conflict afwijzen kan alleen met een reden.");
        }

        if (reason.Length > MaxReason || reason.Contains('\0', StringComparison.Ordinal))
        {
            return InputGuard.Problem("reason", $"De reden is ten hoogste {MaxReason} tekens, zonder NUL-teken.");
        }

        var caller = http.User.ToCaller();
        var (outcome, pgn) = await actions.DismissAsync(id, caller, reason.Trim(), cancellationToken);
        return await AnswerAsync(audit, caller, "conflict-dismiss", outcome, pgn, cancellationToken);
    }

    /// <summary>
    /// A conflict the caller does not see is a 404, the answer a conflict that does not exist gets; one it sees but must
    /// not act on is a 403; both are audited as refused. A done action is audited as allowed.
    /// </summary>
    private static async Task<IResult> AnswerAsync(
        AuditLog audit, Caller caller, string action, ConflictActionOutcome outcome, string? pgn, CancellationToken cancellationToken)
    {
        const string purpose = "conflict afhandelen";
        switch (outcome)
        {
            case ConflictActionOutcome.Done:
                await audit.RecordAsync(caller, action, pgn is null ? [] : [pgn], purpose, cancellationToken);
                return TypedResults.NoContent();
            case ConflictActionOutcome.NotActingParty:
                await audit.RecordRefusedAsync(caller, action, pgn, purpose, "not the party that must act", cancellationToken);
                return TypedResults.Problem(
                    title: "Not the acting party", detail: "Alleen de partij die moet handelen kan dit conflict erkennen of afwijzen.",
                    statusCode: StatusCodes.Status403Forbidden);
            case ConflictActionOutcome.WrongState:
                return TypedResults.Problem(
                    title: "Conflict state", detail: "Dit conflict is al afgehandeld.", statusCode: StatusCodes.Status409Conflict);
            default:
                await audit.RecordRefusedAsync(caller, action, null, purpose, "not found or outside the caller's scope", cancellationToken);
                return TypedResults.Problem(title: "Not Found", detail: "Niet gevonden.", statusCode: StatusCodes.Status404NotFound);
        }
    }
}

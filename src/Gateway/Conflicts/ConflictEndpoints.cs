using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;
using NpgsqlTypes;
using Thuiszitters.Gateway.Pupils;
using Thuiszitters.Gateway.Security;

namespace Thuiszitters.Gateway.Conflicts;

/// <summary>The conflicts within the caller's scope; acknowledge, and dismiss with a reason, recorded with who did it.</summary>
internal static class ConflictEndpoints
{
    public static IEndpointRouteBuilder MapConflictApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/conflicts").RequireAuthorization(SecurityServiceCollectionExtensions.ConflictHandlers).WithTags("Conflicts");
        group.MapGet("/", ListAsync);
        group.MapPost("/{id:long}/acknowledge", AcknowledgeAsync);
        group.MapPost("/{id:long}/dismiss", DismissAsync);
        return app;
    }

    private static async Task<Ok<List<PupilConflictItem>>> ListAsync(
        HttpContext http, NpgsqlDataSource dataSource, AuditLog audit, string? state, string? code, CancellationToken cancellationToken)
    {
        var caller = http.User.ToCaller();
        await using var command = dataSource.CreateCommand($"""
            SELECT c.id, c.code, c.pgn, c.source_key, c.school, c.anchor_date, c.state, c.acts, c.due_date, c.escalated, c.detail
            FROM conflicts c LEFT JOIN pupil_states p ON p.person_key = coalesce(c.pgn, c.source_key)
            WHERE (@state IS NULL OR c.state = @state) AND (@code IS NULL OR c.code = @code)
              AND ({PupilScope.Condition(caller)} OR (c.school IS NOT NULL AND (c.school = @scope_org OR c.school = ANY(@scope_schools))) OR @is_swv)
            ORDER BY c.due_date NULLS LAST, c.code, c.pgn
            LIMIT 5000
            """);
        PupilEndpoints.AddScope(command, caller);
        command.Parameters.Add(new NpgsqlParameter("state", NpgsqlDbType.Text) { Value = (object?)state ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("code", NpgsqlDbType.Text) { Value = (object?)code ?? DBNull.Value });
        command.Parameters.AddWithValue("is_swv", caller.Role == CallerRole.Swv);
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

    private static async Task<Results<NoContent, NotFound>> AcknowledgeAsync(
        HttpContext http, ConflictActions actions, long id, CancellationToken cancellationToken) =>
        await actions.AcknowledgeAsync(id, http.User.ToCaller(), cancellationToken) ? TypedResults.NoContent() : TypedResults.NotFound();

    private static async Task<Results<NoContent, NotFound, ProblemHttpResult>> DismissAsync(
        HttpContext http, ConflictActions actions, long id, DismissRequest request, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Reason))
        {
            return TypedResults.Problem("Een conflict afwijzen kan alleen met een reden.", statusCode: 400, title: "reason required");
        }

        return await actions.DismissAsync(id, http.User.ToCaller(), request.Reason, cancellationToken) ? TypedResults.NoContent() : TypedResults.NotFound();
    }
}

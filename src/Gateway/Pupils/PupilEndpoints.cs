using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;
using NpgsqlTypes;
using Thuiszitters.Gateway.Security;

namespace Thuiszitters.Gateway.Pupils;

/// <summary>The reconciled register per pupil, scoped to the caller and audited on every read.</summary>
internal static class PupilEndpoints
{
    public static IEndpointRouteBuilder MapPupilApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/pupils").RequireAuthorization(SecurityServiceCollectionExtensions.PupilReaders).WithTags("Pupils");
        group.MapGet("/", ListAsync);
        group.MapGet("/{pgn}", DetailAsync);
        return app;
    }

    private static async Task<Ok<List<PupilSummary>>> ListAsync(
        HttpContext http, NpgsqlDataSource dataSource, AuditLog audit, string? status, bool? outOfSchoolOnly, string? purpose, CancellationToken cancellationToken)
    {
        var caller = http.User.ToCaller();
        await using var command = dataSource.CreateCommand($"""
            SELECT p.pgn, p.source_key, p.status, p.since, p.band, p.gemeente, p.schools,
              (SELECT count(*) FROM conflicts c WHERE (c.pgn = p.pgn OR c.source_key = p.source_key) AND c.state IN ('OPEN','ACKNOWLEDGED'))
            FROM pupil_states p
            WHERE {PupilScope.Condition(caller)}
              AND (@status IS NULL OR p.status = @status)
              AND (NOT @out_only OR p.status NOT IN ('ATTENDING','NO_DUTY')
                   OR EXISTS (SELECT 1 FROM conflicts c WHERE c.pgn = p.pgn AND c.state = 'OPEN'))
            ORDER BY p.status, p.since NULLS LAST, p.pgn
            LIMIT 5000
            """);
        AddScope(command, caller);
        command.Parameters.Add(new NpgsqlParameter("status", NpgsqlDbType.Text) { Value = (object?)status ?? DBNull.Value });
        command.Parameters.AddWithValue("out_only", outOfSchoolOnly ?? true);
        var pupils = new List<PupilSummary>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                pupils.Add(PupilSummary.Read(reader, (int)reader.GetInt64(7)));
            }
        }

        await audit.RecordAsync(caller, "pupil-list", [.. pupils.Select(p => p.Pgn ?? p.SourceKey!)], purpose ?? "overzicht", cancellationToken);
        return TypedResults.Ok(pupils);
    }

    private static async Task<Results<Ok<PupilDetail>, NotFound, ProblemHttpResult>> DetailAsync(
        HttpContext http, NpgsqlDataSource dataSource, AuditLog audit, string pgn, string? purpose, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(purpose))
        {
            return TypedResults.Problem("Geef het doel van het inzien op (?purpose=...): elke inzage wordt gelogd.", statusCode: 400, title: "purpose required");
        }

        var caller = http.User.ToCaller();
        var detail = await PupilDetailQuery.LoadAsync(dataSource, caller, pgn, cancellationToken);
        if (detail is null)
        {
            // Out of scope and nonexistent are one answer, and both are audited as a refused attempt.
            await audit.RecordRefusedAsync(caller, "pupil-detail", pgn, purpose, "not found or outside the caller's scope", cancellationToken);
            return TypedResults.NotFound();
        }

        await audit.RecordAsync(caller, "pupil-detail", [pgn], purpose, cancellationToken);
        return TypedResults.Ok(detail);
    }

    internal static void AddScope(NpgsqlCommand command, Caller caller)
    {
        command.Parameters.Add(new NpgsqlParameter("scope_org", NpgsqlDbType.Text) { Value = (object?)caller.Organisation ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("scope_schools", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = caller.Schools.ToArray() });
    }
}

using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;
using NpgsqlTypes;
using Thuiszitters.Gateway.Reconciliation;
using Thuiszitters.Gateway.Security;

namespace Thuiszitters.Gateway.Pupils;

/// <summary>The reconciled register per pupil, scoped to the caller and audited on every read (a list as one entry with the pupils it showed).</summary>
internal static class PupilEndpoints
{
    private static readonly string[] Statuses = [.. Enum.GetValues<PupilStatus>().Select(Names.Of)];

    private static readonly string[] Booleans = ["true", "false"];

    public static IEndpointRouteBuilder MapPupilApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/pupils")
            .RequireAuthorization(SecurityServiceCollectionExtensions.PupilReaders)
            .AddEndpointFilter<RequestValueGuard>()
            .WithTags("Pupils");
        group.MapGet("/", ListAsync);
        group.MapGet("/{pgn}", DetailAsync);
        return app;
    }

    private static async Task<Results<Ok<List<PupilSummary>>, ProblemHttpResult>> ListAsync(
        HttpContext http, NpgsqlDataSource dataSource, AuditLog audit, string? status, string? outOfSchoolOnly, string? purpose, CancellationToken cancellationToken)
    {
        status = string.IsNullOrEmpty(status) ? null : status;
        outOfSchoolOnly = string.IsNullOrEmpty(outOfSchoolOnly) ? null : outOfSchoolOnly.ToLowerInvariant();
        if (InputGuard.OneOf("status", status, Statuses) is { } badStatus)
        {
            return badStatus;
        }

        if (InputGuard.OneOf("outOfSchoolOnly", outOfSchoolOnly, Booleans) is { } badFlag)
        {
            return badFlag;
        }

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
        PupilScope.Bind(command, caller);
        command.Parameters.Add(new NpgsqlParameter("status", NpgsqlDbType.Text) { Value = (object?)status ?? DBNull.Value });
        command.Parameters.AddWithValue("out_only", outOfSchoolOnly != "false");
        var pupils = new List<PupilSummary>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                pupils.Add(PupilSummary.Read(reader, (int)reader.GetInt64(7)));
            }
        }

        await audit.RecordAsync(caller, "pupil-list", [.. pupils.Select(p => p.Pgn ?? p.SourceKey!)], string.IsNullOrWhiteSpace(purpose) ? "overzicht" : purpose, cancellationToken);
        return TypedResults.Ok(pupils);
    }

    private static async Task<Results<Ok<PupilDetail>, NotFound, ProblemHttpResult>> DetailAsync(
        HttpContext http, NpgsqlDataSource dataSource, AuditLog audit, string pgn, string? purpose, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(purpose))
        {
            return TypedResults.Problem(
                "Geef het doel van het inzien op (?purpose=...): elke inzage wordt gelogd.", statusCode: 400, title: "purpose required",
                extensions: new Dictionary<string, object?> { ["parameter"] = "purpose" });
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
}

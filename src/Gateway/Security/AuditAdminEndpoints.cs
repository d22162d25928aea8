using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Thuiszitters.Gateway.Web;

namespace Thuiszitters.Gateway.Security;

/// <summary>
/// <c>GET /api/admin/audit</c> (a page of the audit log, filtered by user, pgn, date range and refused only, with the
/// total) and <c>GET /api/admin/audit.csv</c> (the same filter, Dutch headers, <c>;</c>, UTF-8 with BOM), for an admin
/// only. The page is <c>/admin/audit.html</c>.
/// </summary>
internal static class AuditAdminEndpoints
{
    private static readonly string[] Headers =
        ["Tijdstip (UTC)", "Gebruiker", "Rol", "Organisatie", "Handeling", "Leerlingen", "Doel", "Uitkomst", "Reden weigering", "Eindpunt", "Pagina"];

    public static WebApplication MapAuditAdmin(this WebApplication app)
    {
        var group = app.MapGroup("/api/admin")
            .RequireAuthorization(SecurityServiceCollectionExtensions.Admins)
            .AddEndpointFilter<RequestValueGuard>()
            .WithTags("Admin")
            .ExcludeFromDescription();
        group.MapGet("/audit", PageAsync);
        group.MapGet("/audit.csv", CsvAsync);
        return app;
    }

    private static async Task<Results<Ok<AuditPage>, ProblemHttpResult>> PageAsync(
        AuditReader reader, string? user, string? pgn, string? from, string? to, string? refusedOnly, string? page, string? pageSize,
        CancellationToken cancellationToken)
    {
        var (filter, problem) = AuditFilter.Parse(user, pgn, from, to, refusedOnly, page, pageSize);
        return problem ?? (Results<Ok<AuditPage>, ProblemHttpResult>)TypedResults.Ok(await reader.PageAsync(filter!, cancellationToken));
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> CsvAsync(
        AuditReader reader, string? user, string? pgn, string? from, string? to, string? refusedOnly, CancellationToken cancellationToken)
    {
        var (filter, problem) = AuditFilter.Parse(user, pgn, from, to, refusedOnly, null, null);
        if (problem is not null)
        {
            return problem;
        }

        var text = new StringBuilder();
        DutchCsv.Line(text, Headers);
        foreach (var e in await reader.AllAsync(filter!, cancellationToken))
        {
            DutchCsv.Line(text,
            [
                e.At.UtcDateTime.ToString("dd-MM-yyyy HH:mm:ss", CultureInfo.InvariantCulture), e.Actor, e.Role, e.Organisation, e.Action,
                string.Join(", ", e.Pgns), e.Purpose, e.Outcome == AuditOutcomes.Refused ? "geweigerd" : "toegestaan", e.Refusal, e.Endpoint, e.Page,
            ]);
        }

        return TypedResults.File(DutchCsv.Bytes(text), "text/csv; charset=utf-8", "auditlog.csv");
    }
}

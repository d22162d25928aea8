using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;
using Thuiszitters.Gateway.Security;

namespace Thuiszitters.Gateway.Reports;

/// <summary>Anonymised counts (no pgn, no name): per status and band, and open conflicts per code. Leerplicht sees its gemeente's.</summary>
internal static class CountEndpoints
{
    public static IEndpointRouteBuilder MapCountApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/counts", CountsAsync).RequireAuthorization(SecurityServiceCollectionExtensions.Counts).WithTags("Reports");
        return app;
    }

    private static async Task<Ok<RegisterCounts>> CountsAsync(HttpContext http, NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        var caller = http.User.ToCaller();
        var gemeente = caller.Role == CallerRole.Leerplicht ? caller.Organisation : null;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var statuses = new List<CountLine>();
        await using (var command = new NpgsqlCommand("""
            SELECT status, coalesce(band, ''), count(*) FROM pupil_states WHERE @g::text IS NULL OR gemeente = @g
            GROUP BY status, band ORDER BY status, band
            """, connection))
        {
            command.Parameters.AddWithValue("g", (object?)gemeente ?? DBNull.Value);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                statuses.Add(new CountLine(reader.GetString(0), reader.GetString(1) is { Length: > 0 } b ? b : null, reader.GetInt64(2)));
            }
        }

        var conflicts = new List<CountLine>();
        await using (var command = new NpgsqlCommand("""
            SELECT c.code, c.state, count(*) FROM conflicts c LEFT JOIN pupil_states p ON p.person_key = coalesce(c.pgn, c.source_key)
            WHERE @g::text IS NULL OR p.gemeente = @g GROUP BY c.code, c.state ORDER BY c.code, c.state
            """, connection))
        {
            command.Parameters.AddWithValue("g", (object?)gemeente ?? DBNull.Value);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                conflicts.Add(new CountLine(reader.GetString(0), reader.GetString(1), reader.GetInt64(2)));
            }
        }

        DateOnly? asOf = null;
        await using (var command = new NpgsqlCommand("SELECT max(as_of) FROM reconciliation_runs WHERE finished_at IS NOT NULL", connection))
        {
            var value = await command.ExecuteScalarAsync(cancellationToken);
            asOf = value is DateOnly d ? d : null;
        }

        return TypedResults.Ok(new RegisterCounts(asOf, gemeente, statuses, conflicts));
    }
}

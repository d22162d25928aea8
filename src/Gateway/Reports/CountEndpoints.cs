using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;
using NpgsqlTypes;
using Thuiszitters.Gateway.Security;

namespace Thuiszitters.Gateway.Reports;

/// <summary>
/// Anonymised counts (no pgn, no name): per status and band, and conflicts per code and state. Leerplicht sees its
/// gemeente's, a board its own schools' pupils, the SWV and the Inspectie the region's; the Inspectie with small cells
/// suppressed (<see cref="SmallCells"/>).
/// </summary>
internal static class CountEndpoints
{
    public static IEndpointRouteBuilder MapCountApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/counts", CountsAsync)
            .RequireAuthorization(SecurityServiceCollectionExtensions.Counts)
            .AddEndpointFilter<RequestValueGuard>()
            .WithTags("Reports");
        return app;
    }

    private static async Task<Ok<RegisterCounts>> CountsAsync(HttpContext http, NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        var caller = http.User.ToCaller();
        var gemeente = caller.Role == CallerRole.Leerplicht ? caller.Organisation : null;
        string[]? schools = caller.Role == CallerRole.Board ? [.. caller.Schools] : null;
        var suppress = SmallCells.AppliesTo(caller);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var statuses = await LinesAsync(connection, """
            SELECT status, coalesce(band, ''), count(*) FROM pupil_states p
            WHERE (@g::text IS NULL OR p.gemeente = @g) AND (@s::text[] IS NULL OR p.schools && @s)
            GROUP BY status, band ORDER BY status, band
            """, gemeente, schools, suppress, cancellationToken);
        var conflicts = await LinesAsync(connection, """
            SELECT c.code, c.state, count(*) FROM conflicts c LEFT JOIN pupil_states p ON p.person_key = coalesce(c.pgn, c.source_key)
            WHERE (@g::text IS NULL OR p.gemeente = @g) AND (@s::text[] IS NULL OR c.school = ANY(@s) OR p.schools && @s)
            GROUP BY c.code, c.state ORDER BY c.code, c.state
            """, gemeente, schools, suppress, cancellationToken);

        DateOnly? asOf = null;
        await using (var command = new NpgsqlCommand("SELECT max(as_of) FROM reconciliation_runs WHERE finished_at IS NOT NULL", connection))
        {
            var value = await command.ExecuteScalarAsync(cancellationToken);
            asOf = value is DateOnly d ? d : null;
        }

        var scope = gemeente is not null ? "gemeente" : schools is not null ? "board" : "region";
        return TypedResults.Ok(new RegisterCounts(asOf, gemeente, statuses, conflicts, scope, schools, suppress));
    }

    private static async Task<List<CountLine>> LinesAsync(
        NpgsqlConnection connection, string sql, string? gemeente, string[]? schools, bool suppress, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.Add(new NpgsqlParameter("g", NpgsqlDbType.Text) { Value = (object?)gemeente ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("s", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = (object?)schools ?? DBNull.Value });
        var lines = new List<CountLine>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var count = reader.GetInt64(2);
            var detail = reader.GetString(1) is { Length: > 0 } d ? d : null;
            lines.Add(suppress && SmallCells.Hides(count)
                ? new CountLine(reader.GetString(0), detail, null, SmallCells.Hidden, true)
                : new CountLine(reader.GetString(0), detail, count, count.ToString(CultureInfo.InvariantCulture)));
        }

        return lines;
    }
}

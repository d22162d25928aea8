using Microsoft.AspNetCore.Routing;
using Npgsql;
using NpgsqlTypes;

namespace Thuiszitters.Gateway.Security;

/// <summary>
/// Writes who read which pupils' data, when, why, and from which page and endpoint; and every refused attempt. One row
/// per request (a list is one row holding the pupils it showed). Every endpoint that returns pupil data calls it in
/// the same request, before the data leaves; a failed audit write fails the request.
/// </summary>
internal sealed class AuditLog(NpgsqlDataSource dataSource, TimeProvider clock, IHttpContextAccessor? http = null)
{
    private const int MaxPage = 200;

    /// <summary>An allowed read of <paramref name="pgns"/>' data.</summary>
    public Task RecordAsync(Caller caller, string action, IReadOnlyCollection<string> pgns, string purpose, CancellationToken cancellationToken) =>
        WriteAsync(caller, action, pgns, purpose, AuditOutcomes.Allowed, null, cancellationToken);

    /// <summary>A refused attempt (out of scope, not the acting party): the pgn asked for, and why it was refused.</summary>
    public Task RecordRefusedAsync(Caller caller, string action, string? pgn, string purpose, string refusal, CancellationToken cancellationToken) =>
        WriteAsync(caller, action, pgn is null ? [] : [pgn], purpose, AuditOutcomes.Refused, refusal, cancellationToken);

    private async Task WriteAsync(
        Caller caller, string action, IReadOnlyCollection<string> pgns, string purpose, string outcome, string? refusal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(pgns);
        var context = http?.HttpContext;
        await using var command = dataSource.CreateCommand("""
            INSERT INTO audit_log (at, actor, role, organisation, action, pgn, pgns, purpose, outcome, refusal, endpoint, page)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = clock.GetUtcNow() });
        command.Parameters.Add(new NpgsqlParameter { Value = caller.Name });
        command.Parameters.Add(new NpgsqlParameter { Value = caller.Role.ToString() });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)caller.Organisation ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter { Value = action });
        command.Parameters.Add(new NpgsqlParameter { Value = pgns.Count == 1 ? pgns.First() : DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = pgns.Distinct(StringComparer.Ordinal).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = purpose });
        command.Parameters.Add(new NpgsqlParameter { Value = outcome });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)refusal ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)Endpoint(context) ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)Page(context) ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The method and route pattern (<c>GET /api/pupils/{pgn}</c>), never the path itself.</summary>
    private static string? Endpoint(HttpContext? context) =>
        context?.GetEndpoint() is RouteEndpoint route ? $"{context.Request.Method} {route.RoutePattern.RawText}" : null;

    /// <summary>The path of this site's page the call came from (the Referer, same origin only, without its query).</summary>
    private static string? Page(HttpContext? context)
    {
        if (context is null || !Uri.TryCreate(context.Request.Headers.Referer.ToString(), UriKind.Absolute, out var referer)
            || !string.Equals(referer.Authority, context.Request.Host.Value, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var path = referer.AbsolutePath;
        return path.Length > MaxPage ? path[..MaxPage] : path;
    }
}

using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Thuiszitters.Gateway.Security;

/// <summary>The audit page's filter (user, pgn, date range, refused only) and page, parsed from the query; <see cref="Parse"/> names the first bad parameter.</summary>
internal sealed partial record AuditFilter(string? User, string? Pgn, DateOnly? From, DateOnly? To, bool RefusedOnly, int Page, int PageSize)
{
    public const int MaxPageSize = 500;

    public static (AuditFilter? Filter, ProblemHttpResult? Problem) Parse(string? user, string? pgn, string? from, string? to, string? refusedOnly, string? page, string? pageSize)
    {
        if (user is { Length: > 64 })
        {
            return (null, InputGuard.Problem("user", "user is at most 64 characters"));
        }

        if (pgn is not null && !PgnPattern().IsMatch(pgn))
        {
            return (null, InputGuard.Problem("pgn", "pgn must be 9 digits"));
        }

        if (!TryDate(from, out var fromDate))
        {
            return (null, InputGuard.Problem("from", "from must be a date yyyy-mm-dd"));
        }

        if (!TryDate(to, out var toDate))
        {
            return (null, InputGuard.Problem("to", "to must be a date yyyy-mm-dd"));
        }

        if (refusedOnly is not (null or "true" or "false"))
        {
            return (null, InputGuard.Problem("refusedOnly", "refusedOnly must be true or false"));
        }

        if (Number(page, 1, 1_000_000) is not { } pageNumber)
        {
            return (null, InputGuard.Problem("page", "page must be a whole number from 1"));
        }

        if (Number(pageSize, 50, MaxPageSize) is not { } size)
        {
            return (null, InputGuard.Problem("pageSize", $"pageSize must be a whole number from 1 to {MaxPageSize}"));
        }

        return (new AuditFilter(string.IsNullOrWhiteSpace(user) ? null : user.Trim(), pgn, fromDate, toDate, refusedOnly == "true", pageNumber, size), null);
    }

    /// <summary>False for a malformed date; true with null for none.</summary>
    private static bool TryDate(string? value, out DateOnly? day)
    {
        day = null;
        if (string.IsNullOrEmpty(value))
        {
            return true;
        }

        if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            return false;
        }

        day = parsed;
        return true;
    }

    private static int? Number(string? value, int fallback, int max) =>
        string.IsNullOrEmpty(value) ? fallback
        : int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= max ? n
        : null;

    [GeneratedRegex("^[0-9]{9}$")]
    private static partial Regex PgnPattern();
}

using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Thuiszitters.Gateway.Security;

/// <summary>
/// The one check of what a request may carry, shared by every API (people's, the feed's and the case pages'): a route
/// or query value with a NUL byte or longer than <see cref="MaxLength"/> characters (or an API's own, lower limit) is a
/// 400 problem naming the parameter; and the problem itself, RFC 9457 with <c>parameter</c>.
/// </summary>
internal static class InputGuard
{
    public const int MaxLength = 256;

    /// <summary>The Dutch-free, pgn-free reason a value is refused, or null when it is fine.</summary>
    public static string? Bad(string value, int maxLength = MaxLength)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Contains('\0', StringComparison.Ordinal) ? "contains a NUL byte"
            : value.Length > maxLength ? string.Create(CultureInfo.InvariantCulture, $"longer than {maxLength} characters")
            : null;
    }

    /// <summary>The first bad route or query value (or query name) of the request, as a problem; null when all are fine.</summary>
    public static ProblemHttpResult? Check(HttpRequest request) => CheckRoute(request) ?? CheckQuery(request);

    /// <summary>The first bad route value of the request, as a problem; null when all are fine.</summary>
    public static ProblemHttpResult? CheckRoute(HttpRequest request, int maxLength = MaxLength)
    {
        ArgumentNullException.ThrowIfNull(request);
        foreach (var (name, value) in request.RouteValues)
        {
            if (value is string text && Bad(text, maxLength) is { } reason)
            {
                return Problem(name, reason);
            }
        }

        return null;
    }

    private static ProblemHttpResult? CheckQuery(HttpRequest request)
    {
        foreach (var (name, values) in request.Query)
        {
            if (Bad(name) is { } badName)
            {
                return Problem("query", badName);
            }

            foreach (var value in values)
            {
                if (value is not null && Bad(value) is { } reason)
                {
                    return Problem(name, reason);
                }
            }
        }

        return null;
    }

    /// <summary>A value that is not one of <paramref name="allowed"/> (case-sensitive, as the API spells them).</summary>
    public static ProblemHttpResult? OneOf(string name, string? value, IReadOnlyCollection<string> allowed)
    {
        ArgumentNullException.ThrowIfNull(allowed);
        return value is null || allowed.Contains(value) ? null : Problem(name, $"{name} must be one of {string.Join(", ", allowed)}");
    }

    public static ProblemHttpResult Problem(string parameter, string detail) =>
        TypedResults.Problem(
            title: "Invalid parameter: " + parameter, detail: detail, statusCode: StatusCodes.Status400BadRequest,
            extensions: new Dictionary<string, object?> { ["parameter"] = parameter });
}

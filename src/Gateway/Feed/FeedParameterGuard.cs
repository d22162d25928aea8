namespace Thuiszitters.Gateway.Feed;

/// <summary>
/// Refuses, before any handler runs, a route or query value holding a NUL byte or longer than
/// <see cref="MaxLength"/> characters (a 400 naming the parameter), and marks every feed answer <c>Cache-Control: no-store</c>.
/// </summary>
internal sealed class FeedParameterGuard : IEndpointFilter
{
    public const int MaxLength = 256;

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        http.Response.Headers.CacheControl = "no-store";
        foreach (var (name, value) in http.Request.RouteValues)
        {
            if (value is string text && Bad(text) is { } reason)
            {
                return FeedProblems.BadParameter(name, reason);
            }
        }

        foreach (var (name, values) in http.Request.Query)
        {
            if (Bad(name) is { } badName)
            {
                return FeedProblems.BadParameter("query", badName);
            }

            foreach (var value in values)
            {
                if (value is not null && Bad(value) is { } reason)
                {
                    return FeedProblems.BadParameter(name, reason);
                }
            }
        }

        return await next(context);
    }

    private static string? Bad(string value) =>
        value.Contains('\0', StringComparison.Ordinal) ? "contains a NUL byte"
        : value.Length > MaxLength ? $"longer than {MaxLength} characters"
        : null;
}

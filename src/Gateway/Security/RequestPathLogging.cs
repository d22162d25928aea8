namespace Thuiszitters.Gateway.Security;

/// <summary>
/// The request path carries a pgn (<c>/api/pupils/{pgn}</c>), and ASP.NET Core writes the path into its request,
/// routing and static-file messages below Warning ("Request starting GET .../api/pupils/123456782"). Those categories
/// only log from Warning up, so no BSN reaches a log line, whatever the configured default level.
/// </summary>
internal static class RequestPathLogging
{
    private static readonly string[] CategoriesThatLogThePath =
    [
        "Microsoft.AspNetCore.Hosting.Diagnostics",
        "Microsoft.AspNetCore.Routing.Matching",
        "Microsoft.AspNetCore.StaticFiles",
    ];

    public static ILoggingBuilder KeepRequestPathsOutOfLogs(this ILoggingBuilder logging)
    {
        foreach (var category in CategoriesThatLogThePath)
        {
            logging.AddFilter(category, LogLevel.Warning);
        }

        return logging;
    }
}

using Thuiszitters.Gateway.Cli;
using Thuiszitters.Gateway.Register;

namespace Thuiszitters.Gateway.SisApi;

/// <summary>
/// <c>sis-pull --base-url URL --school 12AB00[,34CD00...] [--client-id ID]</c>: pulls the schools from a school system's
/// API into the register (ConnectionStrings__Register) and prints one line per school. The client secret comes from
/// configuration or the environment only (<c>SisApi__ClientSecret</c>), never from the command line. Exit 0 when every
/// school was applied, 1 when one failed, 2 on bad arguments. Runs in <see cref="CliHost"/>.
/// </summary>
internal static class SisPullCommand
{
    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var options = CommandArguments.Parse(args);
        if (!Uri.TryCreate(options.Get("base-url"), UriKind.Absolute, out var baseUrl) || baseUrl.Scheme is not ("http" or "https"))
        {
            await Console.Error.WriteLineAsync("sis-pull: --base-url must be an absolute http(s) URL");
            return 2;
        }

        var schools = (options.Get("school") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (schools.Length == 0 || schools.Any(s => !Connectors.SchoolCode.TryParse(s, out _)))
        {
            await Console.Error.WriteLineAsync("sis-pull: --school must name one or more school codes (12AB00), separated by commas");
            return 2;
        }

        var connectionString = await RegisterConnection.ResolveAsync(cancellationToken);
        await using var host = CliHost.Build(connectionString);
        await host.Services.MigrateRegisterAsync(cancellationToken);
        var sources = schools.Select(s => new SisSourceOptions { BaseUrl = baseUrl, School = s, ClientId = options.Get("client-id") }).ToList();
        var results = await host.Services.GetRequiredService<SisPullService>().PullAsync(sources, "cli", cancellationToken);
        foreach (var result in results)
        {
            await Console.Out.WriteLineAsync(result.ToString());
        }

        return results.All(r => r.Outcome == SisPullResult.Applied) ? 0 : 1;
    }
}

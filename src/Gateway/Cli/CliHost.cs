using Microsoft.Extensions.Configuration.Memory;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;
using Thuiszitters.Gateway.Register;

namespace Thuiszitters.Gateway.Cli;

/// <summary>
/// The composition a command runs in: the web host's builder (the same configuration sources, options and logging
/// providers) with <see cref="GatewayComposition.AddGatewayCore"/>, built but never started, so no web server listens.
/// The options are validated as the host's start would.
/// </summary>
/// <remarks>
/// A command's standard output is its result (scripts and tests read it line by line), so its console log goes to
/// standard error, from Warning unless <c>Logging:Console:LogLevel</c> says otherwise (a default under every other
/// configuration source): a refused file is logged, an applied one is already the command's own output line.
/// </remarks>
internal static class CliHost
{
    public const string ConsoleLevelKey = "Logging:Console:LogLevel:Default";

    /// <param name="connectionString">The register to use instead of <c>ConnectionStrings:Register</c> (a throwaway database), or null.</param>
    public static WebApplication Build(string? connectionString = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [] });
        builder.Configuration.Sources.Insert(0, new MemoryConfigurationSource
        {
            InitialData = [new(ConsoleLevelKey, nameof(LogLevel.Warning))],
        });
        if (connectionString is not null)
        {
            builder.Configuration.AddInMemoryCollection([new($"ConnectionStrings:{RegisterDatabase.ConnectionStringName}", connectionString)]);
        }

        builder.Services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.AddGatewayCore();
        var app = builder.Build();
        app.Services.GetService<IStartupValidator>()?.Validate();
        return app;
    }
}

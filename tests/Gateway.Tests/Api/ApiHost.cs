using System.Globalization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Thuiszitters.Gateway.Tests.Api;

/// <summary>
/// The web host as production runs it, on a test's own database, with the test users, a fixed clock, and every log
/// message going to <see cref="LogCollector"/> instead of the console. The environment is <see cref="Testing"/> (not
/// Development: no developer exception page, no scope validation, as in Production), because Production refuses the
/// configured test users; a test of Production itself passes <paramref name="environment"/> and
/// <paramref name="testUsers"/> false. The configured levels are lowered to Trace, as an operator chasing a problem
/// might: what the host itself keeps out of its logs stays out.
/// </summary>
internal sealed class ApiHost(
    string connectionString, TimeProvider clock, LogCollector logs, bool demo, IReadOnlyDictionary<string, string?> extraSettings,
    string environment = ApiHost.Testing, bool testUsers = true)
    : WebApplicationFactory<Program>
{
    public const string Testing = "Testing";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        builder.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(Settings()));
        builder.ConfigureLogging(logging =>
        {
            logging.ClearProviders();
            logging.AddProvider(logs);
        });
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton(clock);
        });
    }

    private Dictionary<string, string?> Settings()
    {
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Register"] = connectionString,
            ["Demo:Enabled"] = demo ? "true" : "false",
            ["Logging:LogLevel:Default"] = "Trace",
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Trace",
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Trace",
        };
        for (var i = 0; testUsers && i < TestUsers.All.Count; i++)
        {
            var user = TestUsers.All[i];
            var prefix = string.Create(CultureInfo.InvariantCulture, $"Security:Users:{i}:");
            settings[prefix + "Token"] = user.Token;
            settings[prefix + "Name"] = user.Name;
            settings[prefix + "Role"] = user.Role.ToString();
            settings[prefix + "Organisation"] = user.Organisation;
            for (var s = 0; s < user.Schools.Length; s++)
            {
                settings[string.Create(CultureInfo.InvariantCulture, $"{prefix}Schools:{s}")] = user.Schools[s];
            }
        }

        foreach (var (key, value) in extraSettings)
        {
            settings[key] = value;
        }

        return settings;
    }
}

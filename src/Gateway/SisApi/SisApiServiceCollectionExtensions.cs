using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Thuiszitters.Gateway.Http;

namespace Thuiszitters.Gateway.SisApi;

internal static class SisApiServiceCollectionExtensions
{
    /// <summary>
    /// The school-system API source: <see cref="SisApiOptions"/> (section <c>SisApi</c>, validated at start), the named
    /// HTTP client with its per-host resilience, the token cache and <see cref="SisPullService"/>. Needs <c>AddIngest()</c>
    /// and <c>AddReconciliation()</c>.
    /// </summary>
    public static IHostApplicationBuilder AddSisApi(this IHostApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddOptions<SisApiOptions>()
            .BindConfiguration(SisApiOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.TryAddSingleton<HostResilience>();
        builder.Services.AddHttpClient(SisApiClients.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            .AddHttpMessageHandler(sp => new ResilienceHandler(
                sp.GetRequiredService<HostResilience>(), SisApiClients.HttpClientName, sp.GetRequiredService<IOptions<SisApiOptions>>().Value.Resilience));
        builder.Services.AddSingleton<SisApiClients>();
        builder.Services.AddSingleton<SisTokenCache>();
        builder.Services.AddSingleton<SisPullStore>();
        builder.Services.AddSingleton<SisPullService>();
        return builder;
    }
}

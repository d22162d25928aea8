using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Refit;
using Thuiszitters.Gateway.Http;

namespace Thuiszitters.Gateway.RodCorrections;

internal static class RodCorrectionServiceCollectionExtensions
{
    public const string HttpClientName = "DuoRod";

    /// <summary>
    /// The ROD corrections: <see cref="DuoRodOptions"/> (section <c>DuoRod</c>, validated at start), DUO's typed Refit
    /// client (a typed client of <see cref="IHttpClientFactory"/>) with the per-host resilience and the bearer token, the deriver, the submissions and the pass.
    /// </summary>
    public static IHostApplicationBuilder AddRodCorrections(this IHostApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddOptions<DuoRodOptions>().BindConfiguration(DuoRodOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.TryAddSingleton<HostResilience>();
        var settings = new RefitSettings(new SystemTextJsonContentSerializer(new JsonSerializerOptions(JsonSerializerDefaults.Web)));
        builder.Services.AddHttpClient(HttpClientName)
            .ConfigureHttpClient((sp, client) =>
            {
                var options = sp.GetRequiredService<IOptions<DuoRodOptions>>().Value;
                client.BaseAddress = options.BaseUrl ?? new Uri("http://duo-rod.invalid/");
                client.Timeout = Timeout.InfiniteTimeSpan;
                if (options.AccessToken is { Length: > 0 } token)
                {
                    client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
                }
            })
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            .AddHttpMessageHandler(sp => new ResilienceHandler(sp.GetRequiredService<HostResilience>(), HttpClientName, sp.GetRequiredService<IOptions<DuoRodOptions>>().Value.Resilience))
            .AddTypedClient(client => RestService.For<IDuoRodApi>(client, settings));
        builder.Services.AddSingleton<RodCorrectionDeriver>();
        builder.Services.AddSingleton<RodSubmissionService>();
        builder.Services.AddSingleton<RodCorrectionCycle>();
        return builder;
    }
}

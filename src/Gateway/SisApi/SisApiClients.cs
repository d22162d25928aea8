using System.Text.Json;
using Microsoft.Extensions.Options;
using Refit;

namespace Thuiszitters.Gateway.SisApi;

/// <summary>
/// Typed Refit clients of a school system's API over <see cref="IHttpClientFactory"/>'s pooled handlers: the named client
/// <see cref="HttpClientName"/> carries the per-host resilience, and an API client adds the source's
/// <see cref="SisAuthHandler"/> in front of it. JSON is read strictly: a missing required member or a null where the
/// contract allows none is a contract breach.
/// </summary>
internal sealed class SisApiClients(IHttpMessageHandlerFactory handlers, IServiceProvider services)
{
    public const string HttpClientName = "SisApi";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        RespectRequiredConstructorParameters = true,
        RespectNullableAnnotations = true,
    };

    private static readonly RefitSettings Settings = new(new SystemTextJsonContentSerializer(Json));

    public ISisApi Api(SisEndpoint endpoint)
    {
        var tokens = services.GetRequiredService<SisTokenCache>();
        var handler = new SisAuthHandler(tokens, endpoint) { InnerHandler = handlers.CreateHandler(HttpClientName) };
        return RestService.For<ISisApi>(new HttpClient(handler) { BaseAddress = endpoint.BaseUrl, Timeout = Timeout.InfiniteTimeSpan }, Settings);
    }

    public ISisTokenApi Tokens(Uri baseUrl) =>
        RestService.For<ISisTokenApi>(new HttpClient(handlers.CreateHandler(HttpClientName), disposeHandler: false) { BaseAddress = baseUrl, Timeout = Timeout.InfiniteTimeSpan }, Settings);

    /// <summary>The options the clients' resilience is made with (bound from <c>SisApi:Resilience</c>).</summary>
    public static Http.HostResilienceOptions ResilienceOf(IServiceProvider services) =>
        services.GetRequiredService<IOptions<SisApiOptions>>().Value.Resilience;
}

namespace Thuiszitters.Gateway.Feed.Webhooks;

internal static class WebhookServiceCollectionExtensions
{
    /// <summary>The outbox dispatcher, its worker and its HTTP client (no redirects followed: a receiver cannot send the gateway elsewhere).</summary>
    public static WebApplicationBuilder AddWebhooks(this WebApplicationBuilder builder)
    {
        builder.Services.AddHttpClient(WebhookDispatcher.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) });
        builder.Services.AddSingleton<WebhookDispatcher>();
        builder.Services.AddHostedService<WebhookWorker>();
        return builder;
    }
}

using Thuiszitters.Gateway.Feed.ApiKeys;
using Thuiszitters.Gateway.Feed.Webhooks;
using Thuiszitters.Gateway.Security;

namespace Thuiszitters.Gateway.Feed;

internal static class FeedServiceCollectionExtensions
{
    /// <summary>Who may call the feed API: a machine key or a signed-in person; what each may read is decided per gemeente (<see cref="FeedAccess"/>).</summary>
    public const string FeedReaders = "feed-readers";

    /// <summary>The feed's services, the machine-key authentication scheme (beside the people's token scheme) and the webhook worker.</summary>
    public static WebApplicationBuilder AddFeed(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<WebhookOptions>().BindConfiguration(WebhookOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<FeedOptions>().BindConfiguration(FeedOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<ApiKeyStore>();
        builder.Services.AddSingleton<ApiKeyCache>();
        builder.Services.AddSingleton<FeedReader>();
        builder.Services.AddSingleton<FeedPageCache>();
        builder.Services.AddHostedService<FeedChangeListener>();
        builder.Services.AddSingleton<FeedAuditWriter>();
        builder.Services.AddHostedService(services => services.GetRequiredService<FeedAuditWriter>());
        builder.Services.AddSingleton<FeedAudit>();
        builder.Services.AddAuthentication()
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(FeedReaders, p => p.AddAuthenticationSchemes(ApiKeyAuthenticationHandler.SchemeName, TokenAuthenticationHandler.SchemeName, Security.People.PeopleAuthentication.CookieScheme).RequireAuthenticatedUser());
        builder.Services.AddFeedOpenApi();
        builder.AddWebhooks();
        return builder;
    }

    /// <summary>Maps <c>/api/v1/gemeenten/{code}/...</c>: feed, pupil, CSV and webhook subscriptions.</summary>
    public static IEndpointRouteBuilder MapFeedApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/gemeenten/{code}")
            .RequireAuthorization(FeedReaders)
            .AddEndpointFilter<RequestValueGuard>()
            .WithTags("Leerplicht feed");
        group.MapFeedEndpoints();
        group.MapSubscriptionEndpoints();
        app.MapOpenApi().AllowAnonymous();
        return app;
    }
}

using Microsoft.OpenApi;

namespace Thuiszitters.Gateway.Feed;

/// <summary>
/// The feed's OpenAPI document (<c>/openapi/feed.json</c>), generated from the endpoints by Microsoft.AspNetCore.OpenApi;
/// the published copy is <c>contracts/openapi/feed.json</c>, which a test holds equal to what the code generates.
/// </summary>
internal static class FeedOpenApi
{
    public const string DocumentName = "feed";

    public static IServiceCollection AddFeedOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(DocumentName, options =>
        {
            options.ShouldInclude = description => description.RelativePath?.StartsWith("api/v1/gemeenten/", StringComparison.Ordinal) == true;
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "Thuiszitters Gateway: leerplicht feed",
                    Version = "v1",
                    Description = """
                        Each gemeente's leerplicht receives the reconciled register of its own residents: every pupil with a status
                        other than ATTENDING or NO_DUTY, or with an open conflict. Pull the changes since a cursor, or have them
                        pushed to a webhook (Standard Webhooks). Errors are RFC 9457 problem details; every refusal is answered as
                        a pupil that does not exist (404).
                        """,
                };
                foreach (var tag in document.Tags ?? new HashSet<OpenApiTag>())
                {
                    tag.Description ??= "A gemeente's feed of its residents out of school or in conflict: changes since a cursor, one pupil, CSV, webhooks.";
                }

                document.Servers = [new OpenApiServer { Url = "http://127.0.0.1:5080", Description = "the demo gateway (scripts/demo.sh)" }];
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes = new Dictionary<string, IOpenApiSecurityScheme>
                {
                    ["bearer"] = new OpenApiSecurityScheme
                    {
                        Type = SecuritySchemeType.Http,
                        Scheme = "bearer",
                        Description = "A machine key (tzk_..., made with `api-key create`) or a person's token.",
                    },
                };
                document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("bearer", document)] = [] }];
                return Task.CompletedTask;
            });
        });
}

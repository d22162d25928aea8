using Thuiszitters.Gateway.Security;

namespace Thuiszitters.Gateway.Cases;

/// <summary>Case work for people: the overview, the pupil page, the 8-weekly overview, the counts and their history.</summary>
internal static class CaseServiceCollectionExtensions
{
    /// <summary>The case services, in the one composition (<see cref="GatewayComposition.AddGatewayCore"/>): the web host, the commands and a daily job resolve them alike.</summary>
    public static TBuilder AddCases<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddSingleton<CaseIndex>();
        builder.Services.AddSingleton<CaseList>();
        builder.Services.AddSingleton<PupilCaseQuery>();
        builder.Services.AddSingleton<CountSnapshot>();
        builder.Services.AddSingleton<CaseCounts>();
        builder.Services.AddSingleton<OverlegStore>();
        return builder;
    }

    /// <summary>Maps <c>/api/cases/...</c>, every endpoint behind <see cref="CaseParameterFilter"/>.</summary>
    public static IEndpointRouteBuilder MapCaseApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/cases")
            .RequireAuthorization(SecurityServiceCollectionExtensions.PupilReaders)
            .AddEndpointFilter<CaseParameterFilter>()
            .WithTags("Cases")
            .MapCaseEndpoints()
            .MapOverlegEndpoints();
        app.MapGroup("/api/cases/counts")
            .RequireAuthorization(SecurityServiceCollectionExtensions.Counts)
            .AddEndpointFilter<CaseParameterFilter>()
            .WithTags("Cases")
            .MapCountEndpoints();
        return app;
    }
}

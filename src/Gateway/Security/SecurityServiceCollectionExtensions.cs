using Microsoft.AspNetCore.Authentication;
using Thuiszitters.Gateway.Security.People;

namespace Thuiszitters.Gateway.Security;

internal static class SecurityServiceCollectionExtensions
{
    public const string PupilReaders = "pupil-readers";
    public const string Counts = "counts";
    public const string Operations = "operations";
    public const string ConflictHandlers = "conflict-handlers";
    public const string Admins = "admins";
    public const string Boards = "boards";
    public const string SyncOperators = "sync-operators";

    /// <summary>
    /// Authentication (people's session cookie, configured Bearer tokens outside Production; the feed adds its machine
    /// keys), antiforgery, the people store, and one policy per kind of access. In Production the gateway does not start
    /// while <c>Security:Users</c> has an entry, and the token scheme accepts no token.
    /// </summary>
    public static WebApplicationBuilder AddGatewaySecurity(this WebApplicationBuilder builder)
    {
        var production = builder.Environment.IsProduction();
        builder.Services.AddOptions<SecurityOptions>().BindConfiguration(SecurityOptions.Section).ValidateDataAnnotations()
            .Validate(o => !production || o.Users.Count == 0, SecurityOptions.NoUsersInProduction)
            .ValidateOnStart();
        builder.Services.AddPeople();
        builder.Services.AddPeopleAuthentication()
            .AddScheme<AuthenticationSchemeOptions, TokenAuthenticationHandler>(TokenAuthenticationHandler.SchemeName, null);
        builder.Services.AddAntiforgery(o =>
        {
            o.HeaderName = CookieAntiforgery.HeaderName;
            o.Cookie = new LoopbackAwareCookieBuilder("tz-antiforgery");
            o.SuppressXFrameOptionsHeader = true;
        });
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(PupilReaders, p => p.RequireRole(nameof(CallerRole.Leerplicht), nameof(CallerRole.School), nameof(CallerRole.Board), nameof(CallerRole.Swv)))
            .AddPolicy(ConflictHandlers, p => p.RequireRole(nameof(CallerRole.Leerplicht), nameof(CallerRole.School), nameof(CallerRole.Board), nameof(CallerRole.Swv)))
            .AddPolicy(Counts, p => p.RequireRole(nameof(CallerRole.Swv), nameof(CallerRole.Inspectie), nameof(CallerRole.Leerplicht), nameof(CallerRole.Board)))
            .AddPolicy(Boards, p => p.RequireRole(nameof(CallerRole.Board)))
            .AddPolicy(Operations, p => p.RequireRole(nameof(CallerRole.ItStaff), nameof(CallerRole.Swv)))
            .AddPolicy(SyncOperators, p => p.RequireAssertion(c => SyncAccess.IsSyncOperator(c.User)))
            .AddPolicy(Admins, p => p.RequireRole(nameof(CallerRole.Admin)));
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<AuditLog>();
        builder.Services.AddSingleton<AuditReader>();
        builder.Logging.KeepRequestPathsOutOfLogs();
        return builder;
    }

    /// <summary>The people store and its options: the web host's sign-in and the <c>user</c> command both use it.</summary>
    public static IServiceCollection AddPeople(this IServiceCollection services)
    {
        services.AddOptions<PeopleOptions>().BindConfiguration(PeopleOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<PeopleStore>();
        return services;
    }

    /// <summary>Security headers first (every response), then who is asking, then the antiforgery check of cookie sessions.</summary>
    public static WebApplication UseGatewaySecurity(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseCookieAntiforgery();
        app.UseAuthorization();
        return app;
    }
}

using Microsoft.AspNetCore.Authentication;

namespace Thuiszitters.Gateway.Security;

internal static class SecurityServiceCollectionExtensions
{
    public const string PupilReaders = "pupil-readers";
    public const string Counts = "counts";
    public const string Operations = "operations";
    public const string ConflictHandlers = "conflict-handlers";
    public const string SyncOperators = "sync-operators";

    /// <summary>Token authentication and one policy per kind of access.</summary>
    public static WebApplicationBuilder AddGatewaySecurity(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<SecurityOptions>().BindConfiguration(SecurityOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddAuthentication(TokenAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, TokenAuthenticationHandler>(TokenAuthenticationHandler.SchemeName, null);
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(PupilReaders, p => p.RequireRole(nameof(CallerRole.Leerplicht), nameof(CallerRole.School), nameof(CallerRole.Board), nameof(CallerRole.Swv)))
            .AddPolicy(ConflictHandlers, p => p.RequireRole(nameof(CallerRole.Leerplicht), nameof(CallerRole.School), nameof(CallerRole.Board), nameof(CallerRole.Swv)))
            .AddPolicy(Counts, p => p.RequireRole(nameof(CallerRole.Swv), nameof(CallerRole.Inspectie), nameof(CallerRole.Leerplicht), nameof(CallerRole.Board)))
            .AddPolicy(Operations, p => p.RequireRole(nameof(CallerRole.ItStaff), nameof(CallerRole.Swv)))
            .AddPolicy(SyncOperators, p => p.RequireAssertion(c => SyncAccess.IsSyncOperator(c.User)));
        builder.Services.AddScoped<AuditLog>();
        builder.Logging.KeepRequestPathsOutOfLogs();
        return builder;
    }
}

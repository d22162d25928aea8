using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Thuiszitters.Gateway.Security;

namespace Thuiszitters.Gateway.Dashboard;

/// <summary>The start page (wwwroot/index.html) and, in the demo only, the list of demo users to log in as.</summary>
internal static class DashboardEndpoints
{
    public static WebApplicationBuilder AddDashboard(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<DemoOptions>().BindConfiguration(DemoOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        return builder;
    }

    public static WebApplication MapDashboard(this WebApplication app)
    {
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.MapGet("/api/demo/users", DemoUsers).AllowAnonymous().ExcludeFromDescription();
        app.MapGet("/api/me", (HttpContext http) => TypedResults.Ok(http.User.ToCaller())).RequireAuthorization();
        return app;
    }

    private static Results<Ok<List<DemoUser>>, NotFound> DemoUsers(IOptions<DemoOptions> demo, IOptions<SecurityOptions> security) =>
        demo.Value.Enabled
            ? TypedResults.Ok(security.Value.Users.Select(u => new DemoUser(u.Name, u.Role?.ToString() ?? "", u.Organisation, u.Description, u.Token)).ToList())
            : TypedResults.NotFound();

    internal sealed record DemoUser(string Name, string Role, string? Organisation, string? Description, string Token);
}

using Thuiszitters.Gateway;
using Thuiszitters.Gateway.Cases;
using Thuiszitters.Gateway.Cli;
using Thuiszitters.Gateway.Conflicts;
using Thuiszitters.Gateway.Dashboard;
using Thuiszitters.Gateway.Feed;
using Thuiszitters.Gateway.Operations;
using Thuiszitters.Gateway.Pupils;
using Thuiszitters.Gateway.Register;
using Thuiszitters.Gateway.Reports;
using Thuiszitters.Gateway.RodCorrections;
using Thuiszitters.Gateway.Security;
using Thuiszitters.Gateway.Security.People;
using Thuiszitters.Gateway.Sync;
using Thuiszitters.Gateway.Web;

if (args.Length > 0 && CliCommands.TryGet(args[0], out var command))
{
    using var cts = new CancellationTokenSource();
    Console.CancelKeyPress += (_, e) => { e.Cancel = true; cts.Cancel(); };
    return await command(args[1..], cts.Token);
}

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddProblemDetails();
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
builder.AddGatewayCore();
builder.AddGatewaySecurity();
builder.AddDashboard();
builder.AddWebPackages();
builder.AddFeed();
builder.AddSyncJobs();
builder.AddOperations();

var app = builder.Build();
await app.Services.MigrateRegisterAsync();
app.UseSecurityHeaders();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseGatewaySecurity();
app.UseWebPackages();
app.MapDashboard();
app.MapLogin();
app.MapPeopleAdmin();
app.MapAuditAdmin();
app.MapPupilApi();
app.MapConflictApi();
app.MapCountApi();
app.MapFeedApi();
app.MapCaseApi();
app.MapRodCorrectionApi();
app.MapSyncApi();
app.MapOperations();
app.MapGet("/health", () => TypedResults.Ok("ok")).AllowAnonymous();
await app.RunAsync();
return 0;

/// <summary>The web host's entry point, visible to the API tests (WebApplicationFactory).</summary>
public partial class Program;

using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Thuiszitters.Gateway.Cli;
using Thuiszitters.Gateway.Ingest;
using Thuiszitters.Gateway.Reconciliation;
using Thuiszitters.Gateway.Reconciliation.Reading;
using Thuiszitters.Gateway.Register;

namespace Thuiszitters.Gateway.Tests;

public sealed class GatewayCompositionTests
{
    private const string Register = "Host=127.0.0.1;Port=1;Username=nobody;Password=nothing;Database=tz_never_opened";

    [Fact]
    public async Task CliHost_Build_ResolvesThePipelineAndTheServicesACommandUses()
    {
        await using var host = CliHost.Build(Register);

        Assert.NotNull(host.Services.GetRequiredService<DeliveryPipeline>());
        Assert.NotNull(host.Services.GetRequiredService<DropFolderIngestor>());
        Assert.NotNull(host.Services.GetRequiredService<RegisterReconciliation>());
        Assert.NotNull(host.Services.GetRequiredService<RegisterFactsLoader>());
        Assert.Equal("tz_never_opened", new NpgsqlConnectionStringBuilder(host.Services.GetRequiredService<NpgsqlDataSource>().ConnectionString).Database);
    }

    [Fact]
    public async Task AddGatewayCore_WebHostBuilder_RegistersTheSameSingletonsAsTheCliHost()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [] });
        builder.Configuration.AddInMemoryCollection([new("ConnectionStrings:Register", Register)]);
        builder.AddGatewayCore();
        await using var web = builder.Build();
        await using var cli = CliHost.Build(Register);

        Assert.NotNull(web.Services.GetRequiredService<DeliveryPipeline>());
        Assert.Equal(Registered(cli.Services), Registered(web.Services));
    }

    [Fact]
    public async Task CliHost_Build_WithoutConnectionString_FailsOnFirstUseOfTheRegisterWithItsName()
    {
        await using var host = CliHost.Build();
        if (!string.IsNullOrWhiteSpace(host.Configuration.GetConnectionString(RegisterDatabase.ConnectionStringName)))
        {
            return; // the test run configures ConnectionStrings__Register: nothing to miss
        }

        var error = Assert.Throws<InvalidOperationException>(() => host.Services.GetRequiredService<NpgsqlDataSource>());
        Assert.Contains("ConnectionStrings:Register is not configured", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CliHost_Build_RegisterDbContextUsesTheRegisteredDataSource()
    {
        await using var host = CliHost.Build(Register);
        await using var scope = host.Services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<RegisterDbContext>();

        Assert.Equal("tz_never_opened", new NpgsqlConnectionStringBuilder(context.Database.GetConnectionString()).Database);
    }

    private static string[] Registered(IServiceProvider services) =>
        [.. new[] { typeof(DeliveryPipeline), typeof(DropFolderIngestor), typeof(DeliveryIngestor), typeof(RegisterReconciliation), typeof(IngestOptions) }
            .Where(t => services.GetService(t) is not null)
            .Select(t => t.Name)];
}

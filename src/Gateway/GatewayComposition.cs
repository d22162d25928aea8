using Thuiszitters.Gateway.Cases;
using Thuiszitters.Gateway.Ingest;
using Thuiszitters.Gateway.Reconciliation;
using Thuiszitters.Gateway.Register;
using Thuiszitters.Gateway.RodCorrections;
using Thuiszitters.Gateway.SisApi;

namespace Thuiszitters.Gateway;

/// <summary>
/// The one registration of the gateway's services: the web host (<c>Program.cs</c>), every command
/// (<see cref="Cli.CliHost"/>) and the background jobs resolve the register, the ingest, the reconciliation and the
/// <see cref="DeliveryPipeline"/> from it, with the same configuration, options and logging.
/// </summary>
internal static class GatewayComposition
{
    public static TBuilder AddGatewayCore<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        builder.AddRegister();
        builder.AddIngest();
        builder.AddReconciliation();
        builder.AddCases();
        builder.AddSisApi();
        builder.AddRodCorrections();
        return builder;
    }
}

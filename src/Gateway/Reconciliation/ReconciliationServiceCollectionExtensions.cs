using Thuiszitters.Gateway.Conflicts;
using Thuiszitters.Gateway.Reconciliation.Persistence;
using Thuiszitters.Gateway.Reconciliation.Reading;

namespace Thuiszitters.Gateway.Reconciliation;

internal static class ReconciliationServiceCollectionExtensions
{
    /// <summary>
    /// Registers the register's reconciliation (<see cref="RegisterReconciliation"/>, full or over what a delivery touched)
    /// and <see cref="DeliveryPipeline"/> (file to reconciled register); needs <c>AddRegister()</c> and <c>AddIngest()</c>.
    /// </summary>
    public static IHostApplicationBuilder AddReconciliation(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<RegisterFactsLoader>();
        builder.Services.AddSingleton<ReconciliationStore>();
        builder.Services.AddSingleton<RegisterReconciliation>();
        builder.Services.AddSingleton<DeliveryPipeline>();
        builder.Services.AddSingleton<ConflictActions>();
        return builder;
    }
}

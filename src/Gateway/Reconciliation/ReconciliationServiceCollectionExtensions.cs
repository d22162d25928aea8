using Thuiszitters.Gateway.Conflicts;
using Thuiszitters.Gateway.Reconciliation.Persistence;
using Thuiszitters.Gateway.Reconciliation.Reading;

namespace Thuiszitters.Gateway.Reconciliation;

internal static class ReconciliationServiceCollectionExtensions
{
    public static WebApplicationBuilder AddReconciliation(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<RegisterFactsLoader>();
        builder.Services.AddSingleton<ReconciliationStore>();
        builder.Services.AddSingleton<ConflictActions>();
        return builder;
    }
}

using Thuiszitters.Gateway.Ingest;
using Thuiszitters.Gateway.Reconciliation.Reading;

namespace Thuiszitters.Gateway.Reconciliation;

/// <summary>
/// A delivery from file to reconciled register: the identifiers it touches are noted, the delivery is applied (all or
/// nothing), and only the persons it touched are reconciled again.
/// </summary>
internal sealed class DeliveryPipeline(Npgsql.NpgsqlDataSource dataSource, DeliveryIngestor ingestor, RegisterReconciliation reconciliation)
{
    public async Task<(DeliveryResult Delivery, ReconciliationSummary? Reconciliation)> ApplyAsync(string path, DateOnly asOf, CancellationToken cancellationToken)
    {
        var touched = await DeliveryTouches.CollectAsync(dataSource, path, cancellationToken);
        var result = await ingestor.IngestFileAsync(path, cancellationToken);
        if (result.Outcome != Register.Entities.DeliveryOutcomes.Applied)
        {
            return (result, null);
        }

        return (result, await reconciliation.RunAsync(asOf, touched, cancellationToken));
    }
}

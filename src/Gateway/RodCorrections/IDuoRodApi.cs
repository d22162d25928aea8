using Refit;
using Thuiszitters.Connectors.DuoRod;

namespace Thuiszitters.Gateway.RodCorrections;

/// <summary>DUO's ROD submission API (<c>contracts/duo-rod-api/openapi.json</c>).</summary>
internal interface IDuoRodApi
{
    [Post("/rod/v1/mutaties")]
    Task<RodBatchReceipt> SubmitAsync([Header("Idempotency-Key")] string idempotencyKey, [Body] RodMutationBatch batch, CancellationToken cancellationToken);

    [Get("/rod/v1/mutaties/{batchId}")]
    Task<RodBatchStatus> StatusAsync(string batchId, CancellationToken cancellationToken);
}

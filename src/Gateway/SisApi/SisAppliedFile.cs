using Thuiszitters.Gateway.Ingest;

namespace Thuiszitters.Gateway.SisApi;

/// <summary>
/// One export file a pull wrote from the API's items and applied: what the ingest made of it, the file's SHA-256 and size,
/// and the incremental reconciliation that followed (null when nothing was applied).
/// </summary>
internal sealed record SisAppliedFile(DeliveryResult Delivery, string Sha256, long Size, long? ReconciliationRunId);

namespace Thuiszitters.Connectors.DuoRod;

/// <summary>DUO's <c>202</c> answer to a submission: the batch id and its status (<c>ONTVANGEN</c>).</summary>
public sealed record RodBatchReceipt(string BatchId, string Status);

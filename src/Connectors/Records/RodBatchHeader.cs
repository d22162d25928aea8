namespace Thuiszitters.Connectors;

/// <summary>The <c>VLR</c> record of a DUO/ROD batch.</summary>
public sealed record RodBatchHeader(long BatchNumber, RodBatchType Type, DateOnly Created, DateOnly Peildatum, string Recipient) : SourceRecord;

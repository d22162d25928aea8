namespace Thuiszitters.Connectors;

/// <summary>First item of a BRP resident extract; taken from the file name.</summary>
public sealed record BrpHeader(GemeenteCode Gemeente, DateOnly ExtractDate) : SourceRecord;

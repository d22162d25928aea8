namespace Thuiszitters.Connectors;

/// <summary>ROD <c>VRS</c>: a vrijstelling. <paramref name="Artikel"/> is <c>5A</c>, <c>5B</c>, <c>5C</c>, <c>15</c> or <c>3A</c>.</summary>
public sealed record RodExemptionRecord(Pgn Pgn, string Artikel, DateOnly Begin, DateOnly? End, GemeenteCode? Gemeente) : SourceRecord;

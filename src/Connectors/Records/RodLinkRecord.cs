namespace Thuiszitters.Connectors;

/// <summary>ROD <c>KOP</c>: DUO confirms that a BSN and an onderwijsnummer are one person.</summary>
public sealed record RodLinkRecord(Pgn Bsn, Pgn Onderwijsnummer) : SourceRecord;

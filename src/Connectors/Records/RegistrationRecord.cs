namespace Thuiszitters.Connectors;

/// <summary>
/// The school's own registration of a thuiszitter (<c>thuiszitters_*.csv</c>). <paramref name="Reden"/> is one of the
/// spec's codes (<c>PSYCHISCH</c> ... <c>ONBEKEND</c>); <paramref name="End"/> is empty while ongoing.
/// </summary>
public sealed record RegistrationRecord(
    Pgn? Bsn,
    Pgn? Onderwijsnummer,
    DateOnly Start,
    DateOnly? End,
    string Reden,
    bool Aanbod,
    bool Plan,
    string? Regiehouder,
    DateOnly GemeldOp) : SourceRecord
{
    public Pgn? Pgn => Bsn ?? Onderwijsnummer;
}

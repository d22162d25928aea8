namespace Thuiszitters.Connectors;

/// <summary>Which kind of persoonsgebonden nummer a <see cref="Pgn"/> holds.</summary>
public enum PgnKind
{
    Bsn,
    Onderwijsnummer,
}

namespace Thuiszitters.Connectors;

/// <summary>ROD <c>PER</c>: a person as DUO knows it.</summary>
public sealed record RodPersonRecord(
    Pgn Pgn,
    PartialDate? Geboortedatum,
    string Achternaam,
    string? Voorvoegsel,
    string? Voornamen,
    GemeenteCode? Woongemeente,
    string? Postcode,
    DateOnly? Startkwalificatie) : SourceRecord;

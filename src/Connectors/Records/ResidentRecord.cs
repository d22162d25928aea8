namespace Thuiszitters.Connectors;

/// <summary>A resident of the gemeente aged 4 to 18 (<c>brp_*.csv</c>).</summary>
public sealed record ResidentRecord(
    Pgn Bsn,
    PartialDate? Geboortedatum,
    string Achternaam,
    string? Voorvoegsel,
    string? Voornamen,
    string? Postcode,
    DateOnly? DatumVestiging,
    DateOnly? DatumVertrek) : SourceRecord;

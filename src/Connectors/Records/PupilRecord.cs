namespace Thuiszitters.Connectors;

/// <summary>
/// A pupil enrolled at the exporting school at some time in the school year (EDEX <c>leerling</c> or a
/// <c>leerlingen_*.csv</c> row). BSN and onderwijsnummer may both be absent while DUO identifies the pupil.
/// </summary>
public sealed record PupilRecord(
    string? SourceKey,
    Pgn? Bsn,
    Pgn? Onderwijsnummer,
    string Achternaam,
    string? Voorvoegsel,
    string? Voornamen,
    string? Voorletters,
    string? Roepnaam,
    PartialDate? Geboortedatum,
    string? Geslacht,
    string? Postcode,
    GemeenteCode? Woongemeente,
    DateOnly Inschrijfdatum,
    DateOnly? Uitschrijfdatum,
    string? RedenUitschrijving,
    SchoolCode? Bestemming) : SourceRecord
{
    /// <summary>The PGN that identifies the pupil: the BSN wins over the onderwijsnummer.</summary>
    public Pgn? Pgn => Bsn ?? Onderwijsnummer;
}

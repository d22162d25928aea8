using Thuiszitters.Connectors;

namespace Thuiszitters.Gateway.Reconciliation.Identity;

/// <summary>
/// What one source record says about who it is about. <see cref="SourceKey"/> identifies the record itself (e.g.
/// <c>12AB00/4711</c>) and is how a record without a valid PGN is followed.
/// </summary>
public sealed record IdentityClaim(
    string? Bsn,
    string? Onderwijsnummer,
    PartialDate? Birth,
    string? Voorvoegsel,
    string? Achternaam,
    string? Voorletters,
    string? Voornamen,
    string SourceKey);

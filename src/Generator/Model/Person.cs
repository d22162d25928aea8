namespace Thuiszitters.Generator.Model;

/// <summary>
/// One generated person and how each source identifies them. <see cref="Pgn"/> is the number the
/// register must use: the BSN when there is one (also when a KOP links an onderwijsnummer to it).
/// </summary>
internal sealed record Person
{
    public string? Bsn { get; init; }

    public string? Onderwijsnummer { get; init; }

    /// <summary>ROD holds a KOP record linking <see cref="Bsn"/> and <see cref="Onderwijsnummer"/>.</summary>
    public bool KopLinked { get; init; }

    /// <summary>School exports name the pupil by onderwijsnummer instead of BSN.</summary>
    public bool SchoolUsesOnderwijsnummer { get; init; }

    /// <summary>The identifier fails its check: every record of this person is quarantined.</summary>
    public bool Quarantined { get; init; }

    /// <summary>The school's own pupil key (stamnummer, EDEX key), the same at every school.</summary>
    public required int Key { get; init; }

    public required string Surname { get; init; }

    public string Voorvoegsel { get; init; } = "";

    public required string Voornamen { get; init; }

    public string Roepnaam { get; init; } = "";

    /// <summary>M or V.</summary>
    public required char Gender { get; init; }

    public required DateOnly BirthDate { get; init; }

    public required string Gemeente { get; init; }

    public required string Postcode { get; init; }

    public DateOnly? Startkwalificatie { get; init; }

    public string Pgn => Bsn ?? Onderwijsnummer ?? throw new InvalidOperationException("A person without a PGN.");

    /// <summary>The BSN column of school exports.</summary>
    public string SchoolBsn => SchoolUsesOnderwijsnummer ? "" : Bsn ?? "";

    /// <summary>The onderwijsnummer column of school exports.</summary>
    public string SchoolOnderwijsnummer => SchoolUsesOnderwijsnummer || Bsn is null ? Onderwijsnummer ?? "" : "";

    /// <summary>Initials of every voornaam, "P.J.".</summary>
    public string Voorletters =>
        string.Concat(Voornamen.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(n => $"{n[0]}."));
}

namespace Thuiszitters.Gateway.Register.Entities;

/// <summary>A pupil of a school's latest pupils export (EDEX or <c>leerlingen_*.csv</c>) with its enrolment there.</summary>
internal sealed class SchoolPupil
{
    public long DeliveryId { get; set; }

    public long Line { get; set; }

    public required string School { get; set; }

    /// <summary>EDEX <c>leerling key</c> or CSV <c>Stamnummer</c>.</summary>
    public string? SourceKey { get; set; }

    public string? Bsn { get; set; }

    public string? Onderwijsnummer { get; set; }

    public required string Achternaam { get; set; }

    public string? Voorvoegsel { get; set; }

    public string? Voornamen { get; set; }

    public string? Voorletters { get; set; }

    public string? Roepnaam { get; set; }

    public int? BirthYear { get; set; }

    public int? BirthMonth { get; set; }

    public int? BirthDay { get; set; }

    public string? Geslacht { get; set; }

    public string? Postcode { get; set; }

    public string? Gemeente { get; set; }

    public DateOnly BeginDate { get; set; }

    /// <summary>Last day enrolled; null while enrolled.</summary>
    public DateOnly? EndDate { get; set; }

    public string? Reason { get; set; }

    /// <summary>School code the pupil moved to.</summary>
    public string? Destination { get; set; }
}

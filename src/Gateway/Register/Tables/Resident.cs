namespace Thuiszitters.Gateway.Register.Entities;

/// <summary>A resident aged 4 to 18 from a gemeente's latest BRP extract.</summary>
internal sealed class Resident
{
    public long DeliveryId { get; set; }

    public long Line { get; set; }

    public required string Gemeente { get; set; }

    public required string Bsn { get; set; }

    public int? BirthYear { get; set; }

    public int? BirthMonth { get; set; }

    public int? BirthDay { get; set; }

    public required string Achternaam { get; set; }

    public string? Voorvoegsel { get; set; }

    public string? Voornamen { get; set; }

    public string? Postcode { get; set; }

    public DateOnly? DatumVestiging { get; set; }

    public DateOnly? DatumVertrek { get; set; }
}

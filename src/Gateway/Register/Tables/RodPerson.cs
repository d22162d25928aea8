namespace Thuiszitters.Gateway.Register.Entities;

/// <summary>ROD <c>PER</c>: a person as DUO knows it, per recipient; keyed by (recipient, pgn).</summary>
internal sealed class RodPerson
{
    public required string Recipient { get; set; }

    public required string Pgn { get; set; }

    public long DeliveryId { get; set; }

    public long Line { get; set; }

    public int? BirthYear { get; set; }

    public int? BirthMonth { get; set; }

    public int? BirthDay { get; set; }

    public required string Achternaam { get; set; }

    public string? Voorvoegsel { get; set; }

    public string? Voornamen { get; set; }

    public string? Gemeente { get; set; }

    public string? Postcode { get; set; }

    /// <summary>Date of the startkwalificatie (diploma); ends kwalificatieplicht.</summary>
    public DateOnly? Startkwalificatie { get; set; }
}

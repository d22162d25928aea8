namespace Thuiszitters.Gateway.Register.Entities;

/// <summary>ROD <c>KOP</c>: DUO confirms that a BSN and an onderwijsnummer are one person.</summary>
internal sealed class PgnLink
{
    public required string Recipient { get; set; }

    public required string Bsn { get; set; }

    public required string Onderwijsnummer { get; set; }

    public long DeliveryId { get; set; }

    public long Line { get; set; }
}

namespace Thuiszitters.Gateway.Register.Entities;

/// <summary>ROD <c>VZM</c>: an absence report; keyed by (recipient, meldingsnummer).</summary>
internal sealed class Verzuimmelding
{
    public required string Recipient { get; set; }

    public required string Meldingsnummer { get; set; }

    public long DeliveryId { get; set; }

    public long Line { get; set; }

    public required string Pgn { get; set; }

    public required string School { get; set; }

    /// <summary><c>16U</c>, <c>LRV</c>, <c>RMC</c>, <c>LUX</c> or <c>OVR</c>.</summary>
    public required string Soort { get; set; }

    public DateOnly BeginDate { get; set; }

    public DateOnly? EndDate { get; set; }

    /// <summary><c>G</c>, <c>B</c>, <c>A</c>, <c>I</c> or <c>T</c>.</summary>
    public required string Status { get; set; }

    public string? RedenIngetrokken { get; set; }
}

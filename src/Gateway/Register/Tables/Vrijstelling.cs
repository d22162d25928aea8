namespace Thuiszitters.Gateway.Register.Entities;

/// <summary>ROD <c>VRS</c>: an exemption; keyed by (recipient, pgn, artikel, begin_date).</summary>
internal sealed class Vrijstelling
{
    public required string Recipient { get; set; }

    public required string Pgn { get; set; }

    /// <summary><c>5A</c>, <c>5B</c>, <c>5C</c>, <c>15</c> or <c>3A</c>.</summary>
    public required string Artikel { get; set; }

    public DateOnly BeginDate { get; set; }

    public long DeliveryId { get; set; }

    public long Line { get; set; }

    public DateOnly? EndDate { get; set; }

    public string? Gemeente { get; set; }
}

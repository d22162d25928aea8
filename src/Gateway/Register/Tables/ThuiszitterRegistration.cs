namespace Thuiszitters.Gateway.Register.Entities;

/// <summary>A school's own thuiszitter registration, from its latest <c>thuiszitters_*.csv</c>.</summary>
internal sealed class ThuiszitterRegistration
{
    public long DeliveryId { get; set; }

    public long Line { get; set; }

    public required string School { get; set; }

    public string? Bsn { get; set; }

    public string? Onderwijsnummer { get; set; }

    public DateOnly StartDate { get; set; }

    /// <summary>Null while ongoing.</summary>
    public DateOnly? EndDate { get; set; }

    public required string Reden { get; set; }

    public bool Aanbod { get; set; }

    public bool Plan { get; set; }

    public string? Regiehouder { get; set; }

    public DateOnly GemeldOp { get; set; }
}

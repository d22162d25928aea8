namespace Thuiszitters.Gateway.Register.Entities;

/// <summary>One pupil's absence on one day, from a school's latest <c>verzuim_*.csv</c>.</summary>
internal sealed class AbsenceDay
{
    public long DeliveryId { get; set; }

    public long Line { get; set; }

    public required string School { get; set; }

    public string? Stamnummer { get; set; }

    public string? Bsn { get; set; }

    public string? Onderwijsnummer { get; set; }

    public DateOnly Date { get; set; }

    public decimal Hours { get; set; }

    /// <summary><c>ZIEK</c>, <c>GEOORLOOFD</c>, <c>ONGEOORLOOFD</c>, <c>LUXE</c>, <c>SCHORSING</c>, <c>VERLOF_11F</c> or <c>VERLOF_11G</c>.</summary>
    public required string Code { get; set; }
}

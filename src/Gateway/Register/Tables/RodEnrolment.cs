namespace Thuiszitters.Gateway.Register.Entities;

/// <summary>ROD <c>INS</c>: an enrolment; keyed by (recipient, pgn, school, volgnummer).</summary>
internal sealed class RodEnrolment
{
    public required string Recipient { get; set; }

    public required string Pgn { get; set; }

    public required string School { get; set; }

    public int Volgnummer { get; set; }

    public long DeliveryId { get; set; }

    public long Line { get; set; }

    public DateOnly BeginDate { get; set; }

    /// <summary>Last day enrolled; null while enrolled.</summary>
    public DateOnly? EndDate { get; set; }

    /// <summary><c>PO</c>, <c>SO</c>, <c>VO</c>, <c>VSO</c> or <c>MBO</c>.</summary>
    public required string Sector { get; set; }

    /// <summary><c>T</c>, <c>A</c> or <c>U</c> (a <c>V</c> removes the row instead).</summary>
    public required string Mutatie { get; set; }
}

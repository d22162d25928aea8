namespace Thuiszitters.Gateway.RodCorrections.Entities;

/// <summary>
/// A ROD correction derived from a conflict (<c>rod_corrections</c>): the mutation that brings ROD in line with the
/// school's administration, its state (<c>PROPOSED</c>, <c>SUBMITTED</c>, <c>ACCEPTED</c>, <c>REJECTED</c>) and DUO's answer in
/// DUO's own words.
/// </summary>
internal sealed class RodCorrectionRow
{
    public long Id { get; set; }

    public long ConflictId { get; set; }

    public string ConflictCode { get; set; } = "";

    public string School { get; set; } = "";

    public string Pgn { get; set; } = "";

    /// <summary><c>T</c>, <c>A</c>, <c>U</c> or <c>V</c>.</summary>
    public string Mutation { get; set; } = "";

    public int? SequenceNumber { get; set; }

    public DateOnly StartDate { get; set; }

    public DateOnly? EndDate { get; set; }

    public string State { get; set; } = "";

    public long? SubmissionId { get; set; }

    public string? SignalCode { get; set; }

    public string? SignalText { get; set; }

    public DateTimeOffset ProposedAt { get; set; }

    public DateTimeOffset? AnsweredAt { get; set; }
}

namespace Thuiszitters.Gateway.RodCorrections;

/// <summary>A correction as the board sees it, with DUO's answer in DUO's own words (<see cref="SignalText"/>).</summary>
internal sealed record RodCorrectionItem(
    long Id,
    string School,
    string Pgn,
    string ConflictCode,
    string Mutation,
    int? SequenceNumber,
    DateOnly StartDate,
    DateOnly? EndDate,
    string State,
    string? SignalCode,
    string? SignalText,
    DateTimeOffset ProposedAt,
    DateTimeOffset? AnsweredAt,
    string? DuoBatchId);

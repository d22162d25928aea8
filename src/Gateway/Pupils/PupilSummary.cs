namespace Thuiszitters.Gateway.Pupils;

/// <summary>One pupil in a list: the reconciled state, no name.</summary>
public sealed record PupilSummary(
    string? Pgn,
    string? SourceKey,
    string Status,
    DateOnly? Since,
    string? Band,
    string? Gemeente,
    IReadOnlyList<string> Schools,
    int OpenConflicts);

namespace Thuiszitters.Gateway.Reconciliation;

/// <summary>
/// One conflict found on a date. Its identity is (code, pgn or source key, school, date): the same facts found again give
/// the same identity. <see cref="DueDate"/> is null where it depends on when the conflict was first seen.
/// </summary>
public sealed record ConflictFinding(
    ConflictCode Code,
    string? Pgn,
    string? School,
    DateOnly? Date,
    ActingParty Acts,
    DateOnly? DueDate,
    string Detail,
    bool Escalated = false)
{
    /// <summary>For a person without a valid PGN: the source key of the record the conflict is about.</summary>
    public string? SourceKey { get; init; }

    public string Identity => string.Join('|', Names.Of(Code), Pgn ?? SourceKey ?? "-", School ?? "-", Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "-");
}

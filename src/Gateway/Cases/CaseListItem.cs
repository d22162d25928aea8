namespace Thuiszitters.Gateway.Cases;

/// <summary>One case in the overview: who (name, birth date, age), the reconciled state, the school's registration and open conflicts.</summary>
public sealed record CaseListItem(
    string PersonKey,
    string? Pgn,
    string? Name,
    string? BirthDate,
    int? Age,
    string Status,
    DateOnly? Since,
    int? DurationDays,
    string? Band,
    string? Gemeente,
    IReadOnlyList<string> Schools,
    string? Reason,
    bool? Plan,
    string? Regiehouder,
    IReadOnlyList<string> OpenConflicts);

namespace Thuiszitters.Gateway.Reports;

/// <summary>
/// Counts without any personal data. <see cref="Scope"/> says what they cover (<c>region</c>, <c>gemeente</c>,
/// <c>board</c>); <see cref="SmallCellsSuppressed"/> whether cells below <see cref="SmallCells.Threshold"/> are hidden
/// (shown as <c>&lt;5</c>, with a null <see cref="CountLine.Count"/>).
/// </summary>
public sealed record RegisterCounts(
    DateOnly? AsOf, string? Gemeente, IReadOnlyList<CountLine> Statuses, IReadOnlyList<CountLine> Conflicts,
    string Scope = "region", IReadOnlyList<string>? Schools = null, bool SmallCellsSuppressed = false);

/// <summary>
/// One count: a status with its band, or a conflict code with its state. <see cref="Count"/> is null when the cell is
/// suppressed; <see cref="Display"/> is what a page shows (the number, or <c>&lt;5</c>).
/// </summary>
public sealed record CountLine(string Key, string? Detail, long? Count, string? Display = null, bool Suppressed = false);

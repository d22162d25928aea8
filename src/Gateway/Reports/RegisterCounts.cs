namespace Thuiszitters.Gateway.Reports;

/// <summary>Counts without any personal data.</summary>
public sealed record RegisterCounts(DateOnly? AsOf, string? Gemeente, IReadOnlyList<CountLine> Statuses, IReadOnlyList<CountLine> Conflicts);

/// <summary>One count: a status with its band, or a conflict code with its state.</summary>
public sealed record CountLine(string Key, string? Detail, long Count);

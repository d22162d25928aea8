namespace Thuiszitters.Gateway.Cases;

/// <summary>
/// The quarterly count for the Inspectie: every case (exempt, absolute or long-term absence, at risk) that was one on any
/// day of the quarter the daily counts saw, closed or not, each person once in its latest status of the quarter.
/// </summary>
public sealed record QuarterCount(
    string Quarter,
    DateOnly From,
    DateOnly To,
    bool Suppressed,
    CountCell Total,
    CountCell Thuiszitters,
    IReadOnlyList<CountCell> ByStatus,
    IReadOnlyList<CountCell> ByBand,
    IReadOnlyList<CountCell> BySector,
    IReadOnlyList<CountCell> ByReason);

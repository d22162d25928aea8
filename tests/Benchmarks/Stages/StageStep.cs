namespace Thuiszitters.Benchmarks.Stages;

/// <summary>
/// One timed step of a product stage: what it processed (<paramref name="Rows"/> facts or persons, in
/// <paramref name="Files"/> files), its wall time, its memory, and where the time went (<paramref name="Parts"/>,
/// seconds by name, e.g. load / rules / store of a reconcile).
/// </summary>
internal sealed record StageStep(
    string Name,
    long Rows,
    int Files,
    double Seconds,
    MemoryFigures Memory,
    IReadOnlyDictionary<string, double>? Parts = null,
    IReadOnlyDictionary<string, long>? Counts = null);

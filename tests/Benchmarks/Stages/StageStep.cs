namespace Thuiszitters.Benchmarks.Stages;

/// <summary>
/// One timed step of a product stage: what it processed (<paramref name="Rows"/> facts or persons, in
/// <paramref name="Files"/> files), its wall time, its memory, and where the time went (<paramref name="Parts"/>,
/// seconds by name, e.g. load / rules / store of a reconcile). An <paramref name="Overlapping"/> step is a diagnostic
/// view of time another step already counts (the ingest's file kinds, applied at the same time): it is reported, but
/// not added into the stage's total.
/// </summary>
internal sealed record StageStep(
    string Name,
    long Rows,
    int Files,
    double Seconds,
    MemoryFigures Memory,
    IReadOnlyDictionary<string, double>? Parts = null,
    IReadOnlyDictionary<string, long>? Counts = null,
    bool Overlapping = false);

namespace Thuiszitters.Benchmarks.DataSet;

/// <summary>
/// The weekly partial ROD delivery the incremental stage applies: its path, the PGNs it touches (the persons an
/// incremental reconcile must redo) and its record counts.
/// </summary>
internal sealed record DeltaFile(string Path, long BatchNumber, IReadOnlyList<string> TouchedPgns, int EndedEnrolments, int NewReports);

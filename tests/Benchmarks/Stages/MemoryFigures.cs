namespace Thuiszitters.Benchmarks.Stages;

/// <summary>
/// Memory of one measured step. <see cref="PeakWorkingSetBytes"/> is the resident set's high-water mark (VmHWM);
/// <see cref="Scope"/> says what it covers: <c>step</c> when the mark was reset as the step began, else <c>process</c>
/// (since the process started). The managed figures are sampled every few milliseconds and counted for the step alone;
/// <see cref="AllocatedBytes"/> is null when the runtime's counter went backwards (server GC with DATAS drops the
/// counts of the heaps it retires).
/// </summary>
internal sealed record MemoryFigures(
    long PeakWorkingSetBytes,
    string Scope,
    long PeakManagedHeapBytes,
    long PeakGcCommittedBytes,
    long? AllocatedBytes,
    int Gen0Collections,
    int Gen1Collections,
    int Gen2Collections,
    double GcPauseSeconds,
    bool ServerGc);

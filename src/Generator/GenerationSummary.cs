namespace Thuiszitters.Generator;

/// <summary>What a generator run wrote: persons and conflicts of the ground truth by kind, and the files.</summary>
internal sealed record GenerationSummary(
    long Persons,
    long PlantedIndices,
    int PlantPeriod,
    IReadOnlyDictionary<string, long> Statuses,
    IReadOnlyDictionary<string, long> Conflicts,
    IReadOnlyDictionary<string, long> Scenarios,
    IReadOnlyList<string> Files,
    TimeSpan Elapsed);

namespace Thuiszitters.Benchmarks.Stages;

/// <summary>
/// What one product stage is to do, handed to a child process as JSON in an environment variable (so the connection
/// string stays off the command line).
/// <paramref name="Stage"/> is one of <see cref="StageCommand"/>'s stage names.
/// </summary>
internal sealed record StageRequest(
    string Stage,
    string ConnectionString,
    DateOnly AsOf,
    string? DataSetFolder = null,
    string? DeltaPath = null,
    string? ResultPath = null);

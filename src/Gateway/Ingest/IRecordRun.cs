using Thuiszitters.Gateway.Register;
using Thuiszitters.Connectors;

namespace Thuiszitters.Gateway.Ingest;

/// <summary>
/// Consecutive records that a table stores as one row (<see cref="AbsenceRunBuffer"/>): the writer adds records until one
/// does not belong, writes the row, and starts the next with that record.
/// </summary>
internal interface IRecordRun
{
    /// <summary>How many records the run holds.</summary>
    int Count { get; }

    /// <summary>The line of the run's first record.</summary>
    long FirstLine { get; }

    /// <summary>Takes <paramref name="record"/> into the run; false when it belongs in a run of its own (an empty run takes any).</summary>
    bool TryAdd(SourceRecord record);

    /// <summary>Writes the run's own columns (after owner, <c>delivery_id</c> and <c>line</c>) and empties the run.</summary>
    void WriteColumns(BinaryCopyWriter writer);
}

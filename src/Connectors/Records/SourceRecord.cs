namespace Thuiszitters.Connectors;

/// <summary>
/// One item a source reader yields: a header (always first), a fact, a quarantined record, or a
/// <see cref="FileRejected"/> (always last).
/// </summary>
public abstract record SourceRecord
{
    /// <summary>1-based line in the file; for XML the line where the element starts.</summary>
    public long Line { get; init; }
}

namespace Thuiszitters.Benchmarks.Baseline;

/// <summary>What the baseline copies for one file kind: an intermediate file per register table the kind fills.</summary>
internal sealed record BaselineInput(string Kind, IReadOnlyList<BaselineTable> Tables)
{
    public long Rows => Tables.Sum(t => t.Rows);
}

namespace Thuiszitters.Benchmarks.Baseline;

/// <summary>One intermediate file of the baseline: the rows of one register table, in its COPY column order.</summary>
internal sealed record BaselineTable(string Table, IReadOnlyList<string> Columns, string Path, long Rows);

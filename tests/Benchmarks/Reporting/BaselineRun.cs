namespace Thuiszitters.Benchmarks.Reporting;

/// <summary>The <c>psql \copy</c> of one file kind's rows: how many, and how long it took.</summary>
internal sealed record BaselineRun(string Kind, long Rows, int Tables, double Seconds);

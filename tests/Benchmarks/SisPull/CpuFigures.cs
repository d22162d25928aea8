namespace Thuiszitters.Benchmarks.SisPull;

/// <summary>Seconds of wall time and of CPU: the client's, the fake's, and the rest of the machine's (PostgreSQL and whatever else ran).</summary>
internal sealed record CpuFigures(double Wall, double Client, double Fake, double Machine)
{
    public double Rest => Math.Max(0, Machine - Client - Fake);
}

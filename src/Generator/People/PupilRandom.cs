namespace Thuiszitters.Generator.People;

/// <summary>
/// A small deterministic generator (SplitMix64), seeded per pupil from (seed, index). Unlike
/// HashCode.Combine it is the same in every process, and unlike System.Random its sequence is
/// fixed by this code rather than by the runtime version, so the same arguments give the same bytes.
/// One instance is reused for every pupil of a pass (<see cref="Reset"/>).
/// </summary>
internal sealed class PupilRandom
{
    private ulong _state;

    public PupilRandom(int seed, long stream) => Reset(seed, stream);

    public void Reset(int seed, long stream) =>
        _state = Mix(Mix((ulong)(uint)seed + 0x632BE59BD9B4E019UL) ^ ((ulong)stream * 0x9E3779B97F4A7C15UL));

    /// <summary>A value in [0, <paramref name="maxExclusive"/>).</summary>
    public int Next(int maxExclusive)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxExclusive);
        return (int)(NextUInt64() % (ulong)maxExclusive);
    }

    /// <summary>A value in [<paramref name="min"/>, <paramref name="maxInclusive"/>].</summary>
    public int Between(int min, int maxInclusive) => min + Next(maxInclusive - min + 1);

    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    public bool Chance(double probability) => NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary>A day in [<paramref name="first"/>, <paramref name="last"/>].</summary>
    public DateOnly DayBetween(DateOnly first, DateOnly last) =>
        last < first ? first : first.AddDays(Next(last.DayNumber - first.DayNumber + 1));

    private ulong NextUInt64()
    {
        _state += 0x9E3779B97F4A7C15UL;
        return Mix(_state);
    }

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}

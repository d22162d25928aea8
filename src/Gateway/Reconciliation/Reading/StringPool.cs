using Npgsql;

namespace Thuiszitters.Gateway.Reconciliation.Reading;

/// <summary>
/// One instance per distinct short value (school codes, gemeente codes, articles, statuses): millions of facts then
/// share a few thousand strings instead of each holding its own copy. Not thread-safe: one per reader.
/// </summary>
internal sealed class StringPool
{
    private const int MaxEntries = 100_000;
    private readonly HashSet<string> pool;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> spans;

    public StringPool()
    {
        pool = new HashSet<string>(StringComparer.Ordinal);
        spans = pool.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public string Get(NpgsqlDataReader reader, int ordinal) => Intern(reader.GetString(ordinal));

    public string? GetOrNull(NpgsqlDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal) is { Length: > 0 } s ? Intern(s) : null;

    public string Intern(string value)
    {
        if (pool.TryGetValue(value, out var known))
        {
            return known;
        }

        if (pool.Count >= MaxEntries)
        {
            pool.Clear();
        }

        pool.Add(value);
        return value;
    }

    /// <summary>As <see cref="Intern(string)"/>, allocating a string only for a value not yet in the pool.</summary>
    public string Intern(ReadOnlySpan<char> value)
    {
        if (spans.TryGetValue(value, out var known))
        {
            return known;
        }

        return Intern(value.ToString());
    }
}

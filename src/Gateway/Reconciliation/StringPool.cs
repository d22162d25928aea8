using Npgsql;

namespace Thuiszitters.Gateway.Reconciliation;

/// <summary>
/// One instance per distinct short value (school codes, gemeente codes, articles, statuses): millions of facts then
/// share a few thousand strings instead of each holding its own copy. Not thread-safe: one per reader.
/// </summary>
internal sealed class StringPool
{
    private const int MaxEntries = 100_000;
    private readonly HashSet<string> pool = new(StringComparer.Ordinal);

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
}

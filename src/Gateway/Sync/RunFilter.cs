using System.Globalization;

namespace Thuiszitters.Gateway.Sync;

/// <summary>The history page's filters, as SQL over <c>sync_runs r</c> with positional parameters.</summary>
internal sealed record RunFilter(string? Source, string? Outcome, string? Trigger, DateTimeOffset? From, DateTimeOffset? To)
{
    public (string Where, IReadOnlyList<object> Parameters) Sql()
    {
        var conditions = new List<string>();
        var parameters = new List<object>();
        void Add(string column, string op, object? value)
        {
            if (value is null)
            {
                return;
            }

            parameters.Add(value);
            conditions.Add(string.Create(CultureInfo.InvariantCulture, $"r.{column} {op} ${parameters.Count}"));
        }

        Add("source", "=", Source);
        Add("outcome", "=", Outcome);
        Add("trigger", "=", Trigger);
        Add("started_at", ">=", From?.ToUniversalTime());
        Add("started_at", "<", To?.ToUniversalTime());
        return (conditions.Count == 0 ? "true" : string.Join(" AND ", conditions), parameters);
    }
}

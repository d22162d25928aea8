using System.ComponentModel.DataAnnotations;
using Cronos;
using Microsoft.Extensions.Options;

namespace Thuiszitters.Gateway.Sync;

/// <summary>
/// Checks every configured source at start: its own fields, a unique name, a kind that some <see cref="ISyncSource"/>
/// syncs, a cron expression that parses, and what the kind itself asks of its options.
/// </summary>
internal sealed class SourcesOptionsValidator(IEnumerable<ISyncSource> kinds) : IValidateOptions<SourcesOptions>
{
    public ValidateOptionsResult Validate(string? name, SourcesOptions options)
    {
        var errors = new List<string>();
        var byKind = kinds.ToDictionary(k => k.Kind, StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < options.Items.Count; i++)
        {
            var source = options.Items[i];
            var prefix = $"Sources:{i} ({source.Name})";
            var results = new List<ValidationResult>();
            if (!Validator.TryValidateObject(source, new ValidationContext(source), results, validateAllProperties: true))
            {
                errors.AddRange(results.Select(r => $"{prefix}: {r.ErrorMessage}"));
            }

            if (!seen.Add(source.Name))
            {
                errors.Add($"{prefix}: the name is used twice.");
            }

            if (!IsCron(source.Schedule))
            {
                errors.Add($"{prefix}: Schedule '{source.Schedule}' is not a cron expression of 5 fields (or 6 with seconds).");
            }

            if (!byKind.TryGetValue(source.Kind, out var kind))
            {
                errors.Add($"{prefix}: Kind '{source.Kind}' is none of {string.Join(", ", byKind.Keys.Order(StringComparer.Ordinal))}.");
                continue;
            }

            errors.AddRange(kind.Validate(source).Select(e => $"{prefix}: {e}"));
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    /// <summary>Whether Hangfire takes it: 5 fields, or 6 with seconds first.</summary>
    public static bool IsCron(string? expression) => Parse(expression) is not null;

    public static CronExpression? Parse(string? expression)
    {
        if (string.IsNullOrWhiteSpace(expression))
        {
            return null;
        }

        var fields = expression.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        var format = fields == 6 ? CronFormat.IncludeSeconds : CronFormat.Standard;
        return CronExpression.TryParse(expression, format, out var parsed) ? parsed : null;
    }
}

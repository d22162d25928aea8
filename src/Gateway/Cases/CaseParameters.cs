using System.Globalization;
using System.Text.RegularExpressions;
using Thuiszitters.Gateway.Security;

namespace Thuiszitters.Gateway.Cases;

/// <summary>
/// Reads and checks the query of a case endpoint: only the names it knows, each once, no NUL byte and at most
/// <see cref="MaxLength"/> characters (<see cref="InputGuard"/>, with this lower limit), each value from its own set or
/// range. A failure throws <see cref="CaseParameterException"/> naming the parameter; <see cref="CaseParameterFilter"/>
/// turns it into InputGuard's 400 problem.
/// </summary>
internal sealed partial class CaseParameters
{
    public const int MaxLength = 200;

    private readonly IQueryCollection _query;

    private CaseParameters(IQueryCollection query) => _query = query;

    public static CaseParameters From(HttpRequest request, params string[] allowed)
    {
        ArgumentNullException.ThrowIfNull(request);
        foreach (var (name, values) in request.Query)
        {
            if (!allowed.Contains(name, StringComparer.Ordinal))
            {
                throw new CaseParameterException(InputGuard.Bad(name, MaxLength) is null ? name : "query", "unknown parameter");
            }

            if (values.Count > 1)
            {
                throw new CaseParameterException(name, "given more than once");
            }

            if (values.ToString() is { } value && InputGuard.Bad(value, MaxLength) is { } reason)
            {
                throw new CaseParameterException(name, reason);
            }
        }

        return new CaseParameters(request.Query);
    }

    public string? Text(string name, int maxLength = MaxLength)
    {
        var value = _query[name].ToString();
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return InputGuard.Bad(value, maxLength) is { } reason ? throw new CaseParameterException(name, reason) : value.Trim();
    }

    public string? OneOf(string name, IReadOnlyCollection<string> values) =>
        Text(name) is not { } value ? null
        : values.Contains(value, StringComparer.Ordinal) ? value
        : throw new CaseParameterException(name, "unknown value; one of " + string.Join(", ", values));

    public int Int(string name, int defaultValue, int min, int max)
    {
        if (Text(name) is not { } value)
        {
            return defaultValue;
        }

        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max
            ? number
            : throw new CaseParameterException(name, string.Create(CultureInfo.InvariantCulture, $"a whole number from {min} to {max}"));
    }

    public bool? Bool(string name) => Text(name) switch
    {
        null => null,
        "true" => true,
        "false" => false,
        _ => throw new CaseParameterException(name, "true or false"),
    };

    public DateOnly? Date(string name) =>
        Text(name) is not { } value ? null
        : DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date
        : throw new CaseParameterException(name, "a date yyyy-mm-dd");

    public string? Gemeente(string name) =>
        Text(name) is not { } value ? null
        : GemeentePattern().IsMatch(value) ? value
        : throw new CaseParameterException(name, "a CBS gemeentecode of 4 digits");

    public string? School(string name) =>
        Text(name) is not { } value ? null
        : SchoolPattern().IsMatch(value) ? value
        : throw new CaseParameterException(name, "a school code: BRIN and vestiging, e.g. 12AB00");

    [GeneratedRegex("^[0-9]{4}$")]
    internal static partial Regex GemeentePattern();

    [GeneratedRegex("^[0-9]{2}[A-Z]{2}[0-9]{2}$")]
    internal static partial Regex SchoolPattern();
}

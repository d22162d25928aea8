using System.Globalization;

namespace Thuiszitters.Gateway.Ingest;

/// <summary>
/// What became of one file: its outcome (see <c>DeliveryOutcomes</c>), how many facts it brought and held back, and
/// for a refusal the reason and where. Never holds a BSN or a name.
/// </summary>
internal sealed record DeliveryResult(
    string FileName,
    long DeliveryId,
    string Outcome,
    long RecordCount,
    long QuarantinedCount,
    string? Reason,
    long? ErrorLine,
    string? ErrorField)
{
    /// <summary>How long applying the file took, from reading its fingerprint to the commit (not in <see cref="ToString"/>).</summary>
    public TimeSpan Duration { get; init; }

    /// <summary>One line for the console: name, outcome, counts, reason.</summary>
    public override string ToString()
    {
        var text = string.Create(
            CultureInfo.InvariantCulture,
            $"{FileName}  {Outcome}  records={RecordCount} quarantined={QuarantinedCount}");
        if (Reason is null)
        {
            return text;
        }

        var where = (ErrorLine, ErrorField) switch
        {
            ({ } line, { } field) => string.Create(CultureInfo.InvariantCulture, $"line {line}, field {field}: "),
            ({ } line, null) => string.Create(CultureInfo.InvariantCulture, $"line {line}: "),
            (null, { } field) => $"field {field}: ",
            _ => string.Empty,
        };
        return $"{text}  {where}{Reason}";
    }
}

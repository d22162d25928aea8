namespace Thuiszitters.Connectors;

/// <summary>
/// A record held back because its BSN or onderwijsnummer fails its check; the rest of the file goes on.
/// <paramref name="RawText"/> is the original line (XML: the element's outer XML) and <paramref name="RawIdentifier"/>
/// the failing value as given. Both hold personal data: keep them out of logs and messages.
/// </summary>
public sealed record QuarantinedRecord(string File, string Field, string Reason, string RawText, string? RawIdentifier) : SourceRecord;

using Microsoft.Extensions.Logging;

namespace Thuiszitters.Gateway.Ingest;

/// <summary>The ingest's log lines: file names, outcomes, counts and reasons only, never a BSN or a name.</summary>
internal static partial class IngestLog
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Delivery {FileName}: {Outcome}, {RecordCount} records, {QuarantinedCount} quarantined")]
    public static partial void Applied(ILogger logger, string fileName, string outcome, long recordCount, long quarantinedCount);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Warning, Message = "Delivery {FileName}: {Outcome} at line {Line}, field {Field}: {Reason}")]
    public static partial void Refused(ILogger logger, string fileName, string outcome, long? line, string? field, string? reason);
}

namespace Thuiszitters.Gateway.RodCorrections;

/// <summary>Log lines of the ROD corrections: school, counts, DUO's batch id; never a pupil.</summary>
internal static partial class RodCorrectionLog
{
    [LoggerMessage(1, LogLevel.Information, "ROD corrections of {School}: batch {SubmissionId} with {Count} mutations received by DUO as {DuoBatchId}")]
    public static partial void Sent(ILogger logger, string school, long submissionId, int count, string duoBatchId);

    [LoggerMessage(2, LogLevel.Warning, "ROD corrections of {School}: batch {SubmissionId} not yet received by DUO ({Reason}); it is sent again with the same key")]
    public static partial void SendFailed(ILogger logger, string school, long submissionId, string reason);

    [LoggerMessage(3, LogLevel.Information, "ROD batch {DuoBatchId} processed by DUO: {Accepted} accepted, {Rejected} rejected")]
    public static partial void Processed(ILogger logger, string duoBatchId, int accepted, int rejected);
}

namespace Thuiszitters.Gateway.Sync;

/// <summary>The sync's log lines: sources, run ids, file names, outcomes and counts, never a BSN or a name.</summary>
internal static partial class SyncLog
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Sync {Source}: run {RunId} started ({Trigger}) on {Node}")]
    public static partial void Started(ILogger logger, string source, long runId, string trigger, string node);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Information, Message = "Sync {Source}: run {RunId} ended {Outcome}: {Files} files, {RecordsApplied} records applied, {Quarantined} quarantined, {Refused} files refused, {Attempts} attempts, {Milliseconds} ms")]
    public static partial void Finished(ILogger logger, string source, long runId, string outcome, int files, long recordsApplied, long quarantined, int refused, int attempts, long milliseconds);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Error, Message = "Sync {Source}: run {RunId} failed: {Error}")]
    public static partial void Failed(ILogger logger, string source, long runId, string error);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Warning, Message = "Sync {Source}: run {RunId} retries a transient fault (attempt {Attempt}): {Error}")]
    public static partial void Retrying(ILogger logger, string source, long runId, int attempt, string error);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Warning, Message = "Sync {Source}: paused itself after {Streak} failed runs in a row")]
    public static partial void Paused(ILogger logger, string source, int streak);

    [LoggerMessage(EventId = 3006, Level = LogLevel.Information, Message = "Sync {Source}: another run is going on; run {RunId} skipped")]
    public static partial void Skipped(ILogger logger, string source, long runId);

    [LoggerMessage(EventId = 3007, Level = LogLevel.Information, Message = "Sync {Source}: paused, the scheduled run is not started")]
    public static partial void PausedNotRun(ILogger logger, string source);

    [LoggerMessage(EventId = 3008, Level = LogLevel.Warning, Message = "Sync {Source}: not configured (any more); its job does nothing")]
    public static partial void UnknownSource(ILogger logger, string source);

    [LoggerMessage(EventId = 3009, Level = LogLevel.Information, Message = "Sync {Source}: {FileName} {Outcome}, moved to {Archive}")]
    public static partial void FileHandled(ILogger logger, string source, string fileName, string outcome, string archive);

    [LoggerMessage(EventId = 3010, Level = LogLevel.Information, Message = "Sync: recurring job {JobId} scheduled '{Schedule}'")]
    public static partial void Scheduled(ILogger logger, string jobId, string schedule);

    [LoggerMessage(EventId = 3011, Level = LogLevel.Information, Message = "Sync: recurring job {JobId} removed (its source is no longer configured)")]
    public static partial void Unscheduled(ILogger logger, string jobId);

    [LoggerMessage(EventId = 3012, Level = LogLevel.Information, Message = "Sync: retention deleted {Count} runs that started before {Before}")]
    public static partial void RetentionDeleted(ILogger logger, int count, DateTimeOffset before);

    [LoggerMessage(EventId = 3013, Level = LogLevel.Information, Message = "Sync: Hangfire server {Server} started with {Workers} workers for {Sources} sources")]
    public static partial void ServerStarted(ILogger logger, string server, int workers, int sources);

    [LoggerMessage(EventId = 3015, Level = LogLevel.Warning, Message = "Sync: the recurring jobs could not be brought in line yet ({Fault}); trying again")]
    public static partial void ScheduleRetry(ILogger logger, string fault);

    [LoggerMessage(EventId = 3014, Level = LogLevel.Information, Message = "Sync: no Hangfire server in this process ({Why})")]
    public static partial void ServerOff(ILogger logger, string why);

    [LoggerMessage(EventId = 3018, Level = LogLevel.Information, Message = "Counts: the daily snapshot was taken for {Day} (none: nothing reconciled yet)")]
    public static partial void CountSnapshotTaken(ILogger logger, DateOnly? day);

    [LoggerMessage(EventId = 3017, Level = LogLevel.Information, Message = "Sync {Source}: run {RunId} ROD corrections pass: {Proposed} proposed, {Submitted} batches submitted, {Resent} sent again, {Processed} answered by DUO, {Unsent} not taken")]
    public static partial void RodPass(ILogger logger, string source, long runId, int proposed, int submitted, int resent, int processed, int unsent);

    [LoggerMessage(EventId = 3016, Level = LogLevel.Information, Message = "Sync {Source}: run {RunId} pulled school {School} over its API: {Outcome}, {Pages} pages, {Students} pupils, {Absences} absence days, {Quarantined} quarantined")]
    public static partial void SchoolPulled(ILogger logger, string source, long runId, string school, string outcome, int pages, int students, int absences, long quarantined);
}

namespace Thuiszitters.Gateway.SisApi;

/// <summary>The pull's log lines: the school, counts and reasons; never a pupil, a token or a secret.</summary>
internal static partial class SisApiLog
{
    [LoggerMessage(1, LogLevel.Information, "School-system pull of {School} ({Trigger}): {Outcome}, {Pages} pages, {Students} pupils, {Absences} absence days, {Quarantined} quarantined")]
    public static partial void Pulled(ILogger logger, string school, string trigger, string outcome, int pages, int students, int absences, long quarantined);

    [LoggerMessage(2, LogLevel.Error, "School-system pull of {School} ({Trigger}) failed after {Pages} pages: {Reason}")]
    public static partial void Failed(ILogger logger, string school, string trigger, int pages, string reason);
}

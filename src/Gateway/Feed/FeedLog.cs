namespace Thuiszitters.Gateway.Feed;

/// <summary>The feed's own log lines (audit writer, page cache listener): counts and states, never a pupil.</summary>
internal static partial class FeedLog
{
    [LoggerMessage(1, LogLevel.Error, "Writing {Rows} feed audit rows failed; their reads are answered with an error")]
    public static partial void AuditWriteFailed(ILogger logger, int rows, Exception exception);

    [LoggerMessage(2, LogLevel.Warning, "The feed's change notifications stopped; pages are read from the register until they resume")]
    public static partial void ListenerFailed(ILogger logger, Exception exception);

    [LoggerMessage(3, LogLevel.Information, "Listening for feed changes; finished pages are cached")]
    public static partial void Listening(ILogger logger);
}

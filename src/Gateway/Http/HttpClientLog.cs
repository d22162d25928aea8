namespace Thuiszitters.Gateway.Http;

/// <summary>Log lines of the outbound clients: client, host, status and timings; never a URL's query, a header or a body.</summary>
internal static partial class HttpClientLog
{
    [LoggerMessage(1, LogLevel.Warning, "{Client} to {Host}: attempt {Attempt} failed ({Reason}); retrying in {Delay}")]
    public static partial void Retrying(ILogger logger, string client, string host, int attempt, string reason, TimeSpan delay);

    [LoggerMessage(2, LogLevel.Error, "{Client} to {Host}: circuit breaker opened for {Duration}")]
    public static partial void BreakerOpened(ILogger logger, string client, string host, TimeSpan duration);

    [LoggerMessage(3, LogLevel.Information, "{Client} to {Host}: circuit breaker closed")]
    public static partial void BreakerClosed(ILogger logger, string client, string host);
}

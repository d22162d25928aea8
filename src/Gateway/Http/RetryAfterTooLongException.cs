namespace Thuiszitters.Gateway.Http;

/// <summary>The server asked to wait longer than the client's <see cref="HostResilienceOptions.MaxRetryAfter"/>: the request fails, the run is tried later.</summary>
internal sealed class RetryAfterTooLongException(TimeSpan wait)
    : Exception($"the server asked to wait {wait}, longer than the configured maximum")
{
    public TimeSpan Wait { get; } = wait;
}

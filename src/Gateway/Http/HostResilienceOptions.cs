using System.ComponentModel.DataAnnotations;

namespace Thuiszitters.Gateway.Http;

/// <summary>
/// The resilience of an outbound HTTP client, applied per host (<c>SisApi:Resilience</c>, <c>DuoRod:Resilience</c>):
/// a timeout per attempt, retries with jitter that honour <c>Retry-After</c>, a circuit breaker and a concurrency limit.
/// </summary>
internal sealed class HostResilienceOptions
{
    /// <summary>How long one attempt (request and the whole response body) may take.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:10:00")]
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Retries after the first attempt of a request (429, 502, 503, 504, a dropped connection, a timeout, an open breaker).</summary>
    [Range(1, 50)]
    public int MaxRetries { get; set; } = 6;

    /// <summary>The first backoff when the server gives no <c>Retry-After</c>; exponential with jitter after that.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:05:00")]
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait a <c>Retry-After</c> may ask for; a longer one fails the request (the run is tried later).</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00")]
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The share of failed attempts in <see cref="BreakerSampling"/> that opens the breaker.</summary>
    [Range(0.01, 1.0)]
    public double BreakerFailureRatio { get; set; } = 0.5;

    /// <summary>Attempts within <see cref="BreakerSampling"/> before the ratio counts.</summary>
    [Range(2, 1000)]
    public int BreakerMinimumThroughput { get; set; } = 10;

    [Range(typeof(TimeSpan), "00:00:00.500", "01:00:00")]
    public TimeSpan BreakerSampling { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long the breaker stays open before one trial request may pass.</summary>
    [Range(typeof(TimeSpan), "00:00:00.500", "01:00:00")]
    public TimeSpan BreakerDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Requests in flight to one host at a time.</summary>
    [Range(1, 256)]
    public int MaxConcurrencyPerHost { get; set; } = 4;
}

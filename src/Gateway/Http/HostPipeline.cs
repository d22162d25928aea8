using Polly;
using Polly.CircuitBreaker;

namespace Thuiszitters.Gateway.Http;

/// <summary>The resilience of one (client, host): its pipeline, its breaker's state and its concurrency limit.</summary>
internal sealed class HostPipeline(CircuitBreakerStateProvider breaker, SemaphoreSlim concurrency)
{
    public ResiliencePipeline<HttpResponseMessage> Pipeline { get; set; } = ResiliencePipeline<HttpResponseMessage>.Empty;

    public CircuitState BreakerState => breaker.CircuitState;

    public SemaphoreSlim Concurrency { get; } = concurrency;

    /// <summary>How often the breaker opened and closed again (for the tests and the dashboard).</summary>
#pragma warning disable CA1051 // Interlocked counters need fields.
    public int OpenedCount;

    public int ClosedCount;
#pragma warning restore CA1051
}

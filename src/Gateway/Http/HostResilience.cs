using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace Thuiszitters.Gateway.Http;

/// <summary>
/// One Polly pipeline and one concurrency limit per (client, host): retry (outermost, jittered, honouring
/// <c>Retry-After</c>), circuit breaker, concurrency limit, timeout per attempt. A breaker counts the faults of its own
/// host only, so one school system that is down does not stop the others.
/// </summary>
internal sealed class HostResilience(TimeProvider time, ILoggerFactory loggers)
{
    private readonly ConcurrentDictionary<(string Client, string Host), HostPipeline> pipelines = new();
    private readonly ILogger logger = loggers.CreateLogger<HostResilience>();

    /// <summary>The pipeline of <paramref name="host"/> for <paramref name="client"/>, made on first use with <paramref name="options"/>.</summary>
    public HostPipeline For(string client, string host, HostResilienceOptions options) =>
        pipelines.GetOrAdd((client, host), key => Create(key.Client, key.Host, options));

    private HostPipeline Create(string client, string host, HostResilienceOptions options)
    {
        var state = new CircuitBreakerStateProvider();
        var pipeline = new HostPipeline(state, new SemaphoreSlim(options.MaxConcurrencyPerHost, options.MaxConcurrencyPerHost));
        var transient = new PredicateBuilder<HttpResponseMessage>()
            .Handle<HttpRequestException>()
            .Handle<IOException>()
            .Handle<SocketException>()
            .Handle<TimeoutRejectedException>()
            .HandleResult(r => IsTransient(r.StatusCode));
        pipeline.Pipeline = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                ShouldHandle = new PredicateBuilder<HttpResponseMessage>()
                    .Handle<HttpRequestException>()
                    .Handle<IOException>()
                    .Handle<SocketException>()
                    .Handle<TimeoutRejectedException>()
                    .Handle<BrokenCircuitException>()
                    .HandleResult(r => IsTransient(r.StatusCode)),
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.BaseDelay,
                MaxDelay = options.MaxRetryAfter,
                DelayGenerator = args => new ValueTask<TimeSpan?>(RetryAfter.Delay(args.Outcome, time, options.MaxRetryAfter)),
                OnRetry = args =>
                {
                    var reason = args.Outcome.Result is { } r ? ((int)r.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture) : args.Outcome.Exception?.GetType().Name ?? "fault";
                    args.Outcome.Result?.Dispose();
                    HttpClientLog.Retrying(logger, client, host, args.AttemptNumber + 1, reason, args.RetryDelay);
                    return default;
                },
            })
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
            {
                ShouldHandle = transient,
                FailureRatio = options.BreakerFailureRatio,
                MinimumThroughput = options.BreakerMinimumThroughput,
                SamplingDuration = options.BreakerSampling,
                BreakDuration = options.BreakerDuration,
                StateProvider = state,
                OnOpened = args =>
                {
                    Interlocked.Increment(ref pipeline.OpenedCount);
                    HttpClientLog.BreakerOpened(logger, client, host, args.BreakDuration);
                    return default;
                },
                OnClosed = _ =>
                {
                    Interlocked.Increment(ref pipeline.ClosedCount);
                    HttpClientLog.BreakerClosed(logger, client, host);
                    return default;
                },
            })
            .AddTimeout(options.AttemptTimeout)
            .Build();
        return pipeline;
    }

    private static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout
            or HttpStatusCode.RequestTimeout;
}

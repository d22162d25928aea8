using Polly;
using Polly.CircuitBreaker;

namespace Thuiszitters.Gateway.Http;

/// <summary>The wait a server (or an open breaker) asks for, with up to 10 % jitter on top; null lets the backoff decide.</summary>
internal static class RetryAfter
{
    public static TimeSpan? Delay(Outcome<HttpResponseMessage> outcome, TimeProvider time, TimeSpan max)
    {
        TimeSpan? asked = outcome switch
        {
            { Result.Headers.RetryAfter.Delta: { } delta } => delta,
            { Result.Headers.RetryAfter.Date: { } date } => date - time.GetUtcNow(),
            { Exception: BrokenCircuitException { RetryAfter: { } open } } => open,
            _ => null,
        };
        if (asked is not { } wait)
        {
            return null;
        }

        if (wait < TimeSpan.Zero)
        {
            wait = TimeSpan.Zero;
        }

        if (wait > max)
        {
            throw new RetryAfterTooLongException(wait);
        }

        return wait + (wait * Random.Shared.NextDouble() * 0.1);
    }
}

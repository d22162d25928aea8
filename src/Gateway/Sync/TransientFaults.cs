using Npgsql;
using Polly;
using Polly.Retry;

namespace Thuiszitters.Gateway.Sync;

/// <summary>
/// Which faults a run retries, and the Polly 8 pipeline that does: exponential backoff with jitter from
/// <see cref="SyncOptions.RetryDelay"/>, <see cref="SyncOptions.RetryAttempts"/> times. Transient are a database that
/// restarts or drops connections (<see cref="NpgsqlException.IsTransient"/>, a terminated backend, a connection that
/// broke) and file-system faults (a file locked, a share or folder gone). A refused file is a value, never retried.
/// </summary>
internal static class TransientFaults
{
    /// <summary>SQLSTATE class 57P (operator intervention: admin shutdown, crash shutdown, cannot connect now) and 08 (connection).</summary>
    public static bool IsTransient(Exception exception) => exception switch
    {
        PostgresException p => p.IsTransient || p.SqlState.StartsWith("57P", StringComparison.Ordinal) || p.SqlState.StartsWith("08", StringComparison.Ordinal),
        NpgsqlException n => n.IsTransient || n.InnerException is IOException or System.Net.Sockets.SocketException || n.Message.Contains("terminated", StringComparison.OrdinalIgnoreCase),
        FileNotFoundException => false,
        IOException => true,
        UnauthorizedAccessException => false,
        TimeoutException => true,
        AggregateException a => a.InnerExceptions.Count > 0 && a.InnerExceptions.All(IsTransient),
        _ => exception.InnerException is { } inner && IsTransient(inner),
    };

    /// <summary>The pipeline; <paramref name="onRetry"/> sees each retry's number (2 for the second try) before its delay.</summary>
    public static ResiliencePipeline Pipeline(SyncOptions options, TimeProvider time, Func<int, Exception?, ValueTask> onRetry)
    {
        var builder = new ResiliencePipelineBuilder { TimeProvider = time };
        if (options.RetryAttempts > 0)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<Exception>(e => e is not OperationCanceledException && IsTransient(e)),
                MaxRetryAttempts = options.RetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryDelay,
                MaxDelay = TimeSpan.FromMinutes(2),
                OnRetry = args => onRetry(args.AttemptNumber + 2, args.Outcome.Exception),
            });
        }

        return builder.Build();
    }

    /// <summary>The fault as it goes into <c>sync_runs.error</c> and the log: its type and message, no record content.</summary>
    public static string Describe(Exception exception)
    {
        var text = exception switch
        {
            // MessageText never carries the row's values (Detail can: a key's value); the SQLSTATE says what happened.
            PostgresException p => $"{p.GetType().Name} {p.SqlState}: {p.MessageText}",
            _ => $"{exception.GetType().Name}: {exception.Message}",
        };
        return text.Length > 1000 ? text[..1000] : text;
    }
}

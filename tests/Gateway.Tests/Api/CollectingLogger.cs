using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Thuiszitters.Gateway.Tests.Api;

/// <summary>Adds each message, formatted, with its structured values and exception, to the collector's queue.</summary>
internal sealed class CollectingLogger(string category, ConcurrentQueue<string> messages) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        var values = state is IEnumerable<KeyValuePair<string, object?>> pairs
            ? string.Join(", ", pairs.Select(p => $"{p.Key}={p.Value}"))
            : string.Empty;
        messages.Enqueue($"{logLevel} {category}: {formatter(state, exception)} [{values}] {exception}");
    }
}

using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Thuiszitters.Gateway.Tests.Api;

/// <summary>Every message the host logs, at every level, with its category and any exception text.</summary>
internal sealed class LogCollector : ILoggerProvider
{
    private readonly ConcurrentQueue<string> messages = new();

    public IReadOnlyList<string> Messages => [.. messages];

    public ILogger CreateLogger(string categoryName) => new CollectingLogger(categoryName, messages);

    public void Dispose()
    {
    }
}

using System.Globalization;

namespace Thuiszitters.Gateway.Ingest;

/// <summary>Knobs of the ingest. The pause exists only so tests can kill a process in the middle of a delivery.</summary>
internal sealed record IngestOptions
{
    /// <summary>Environment variable: after this many fact rows of one delivery, pause (test hook).</summary>
    public const string PauseAfterRowsVariable = "TZ_INGEST_PAUSE_AFTER_ROWS";

    /// <summary>The line written to standard error when the pause begins.</summary>
    public const string PauseMessage = "ingest: paused";

    public static IngestOptions Default { get; } = new();

    public long? PauseAfterRows { get; init; }

    public TimeSpan PauseFor { get; init; } = TimeSpan.FromMinutes(5);

    public static IngestOptions FromEnvironment()
    {
        var value = Environment.GetEnvironmentVariable(PauseAfterRowsVariable);
        return long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var rows) && rows > 0
            ? new IngestOptions { PauseAfterRows = rows }
            : Default;
    }
}

using System.ComponentModel.DataAnnotations;

namespace Thuiszitters.Gateway.Ingest;

/// <summary>
/// Knobs of the ingest (section <c>Ingest</c>). The pause exists only so tests can kill a process in the middle of a
/// delivery; it is also read from the environment variable <see cref="PauseAfterRowsVariable"/> as a configuration key.
/// </summary>
internal sealed class IngestOptions
{
    public const string Section = "Ingest";

    /// <summary>Configuration key (an environment variable): after this many fact rows of one delivery, pause (test hook).</summary>
    public const string PauseAfterRowsVariable = "TZ_INGEST_PAUSE_AFTER_ROWS";

    /// <summary>The line written to standard error when the pause begins.</summary>
    public const string PauseMessage = "ingest: paused";

    /// <summary>No pause: what the tests and the benchmark construct the ingest with.</summary>
    public static IngestOptions Default => new();

    [Range(1, long.MaxValue)]
    public long? PauseAfterRows { get; set; }

    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan PauseFor { get; set; } = TimeSpan.FromMinutes(5);
}

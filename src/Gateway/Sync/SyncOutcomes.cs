namespace Thuiszitters.Gateway.Sync;

/// <summary>The values of <c>sync_runs.outcome</c>.</summary>
internal static class SyncOutcomes
{
    /// <summary>Still going (or its process died: see <see cref="SyncRunStore"/>).</summary>
    public const string Running = "RUNNING";

    /// <summary>Every ready file applied or was a no-op (or there was none).</summary>
    public const string Succeeded = "SUCCEEDED";

    /// <summary>At least one file was refused (kept in the archive); the others applied. Not a failure of the source.</summary>
    public const string Refused = "REFUSED";

    /// <summary>A fault that retries did not overcome; the file stays in the drop folder for the next run.</summary>
    public const string Failed = "FAILED";

    /// <summary>Another run of the source was going on (in this or another process): nothing done.</summary>
    public const string Skipped = "SKIPPED";

    /// <summary>Its process stopped before the run ended; found and closed by a later run of the source.</summary>
    public const string Abandoned = "ABANDONED";

    public static IReadOnlyList<string> All { get; } = [Running, Succeeded, Refused, Failed, Skipped, Abandoned];
}

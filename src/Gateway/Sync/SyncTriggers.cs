namespace Thuiszitters.Gateway.Sync;

/// <summary>The values of <c>sync_runs.trigger</c>: why a run happened.</summary>
internal static class SyncTriggers
{
    /// <summary>The source's cron schedule fired.</summary>
    public const string Schedule = "schedule";

    /// <summary>A person pressed "run now" (or resumed the source).</summary>
    public const string Manual = "manual";

    /// <summary>A person asked to apply a refused file again.</summary>
    public const string Retry = "retry";

    public static IReadOnlyList<string> All { get; } = [Schedule, Manual, Retry];
}

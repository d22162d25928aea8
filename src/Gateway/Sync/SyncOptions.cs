using System.ComponentModel.DataAnnotations;

namespace Thuiszitters.Gateway.Sync;

/// <summary>How the sync jobs run (section <c>Sync</c>); the sources themselves are in <see cref="SourcesOptions"/>.</summary>
internal sealed class SyncOptions
{
    public const string Section = "Sync";

    /// <summary>
    /// Whether this process runs a Hangfire server (the sources' recurring jobs, run now, retention). Off, or with no
    /// source configured, no server starts; the API and the pages still show the history.
    /// </summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Failed runs in a row after which a source pauses itself until a person resumes it.</summary>
    [Range(1, 1000)]
    public int PauseAfterFailures { get; set; } = 3;

    /// <summary>Days a run stays in <c>sync_runs</c>; older runs are deleted by the daily retention job.</summary>
    [Range(1, 36500)]
    public int RetentionDays { get; set; } = 400;

    /// <summary>Retries of a transient fault (database restart, file locked, share gone) within one run, after the first try.</summary>
    [Range(0, 20)]
    public int RetryAttempts { get; set; } = 4;

    /// <summary>The first retry's delay; it doubles each time, with jitter.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long a file's size and time must stay the same before it is read (two looks this far apart).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan StableFor { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How often an idle Hangfire server looks for enqueued jobs (run now) and for due recurring jobs.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:10:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// How long Hangfire waits for one of its storage locks, and after which a lock left by a killed process is taken
    /// over (the recurring-job scheduler holds one briefly at each fire).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan LockTimeout { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Jobs one process runs at a time.</summary>
    [Range(1, 64)]
    public int WorkerCount { get; set; } = 2;

    /// <summary>The reference date of the reconciliation after each delivery; empty: today (Europe/Amsterdam).</summary>
    public DateOnly? AsOf { get; set; }

    /// <summary>
    /// The cron schedule of the daily count snapshot (the recurring job <c>count-snapshot</c>: the day's counts and case
    /// episodes of the latest reconciliation, <c>CountSnapshot.TakeAsync</c>), read in <see cref="TimeZone"/>.
    /// </summary>
    [Required]
    public string CountSnapshotSchedule { get; set; } = "30 6 * * *";

    /// <summary>The time zone the sources' cron schedules are read in.</summary>
    [Required]
    public string TimeZone { get; set; } = "Europe/Amsterdam";
}

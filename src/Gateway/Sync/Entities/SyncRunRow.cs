namespace Thuiszitters.Gateway.Sync.Entities;

/// <summary>One run of a source (<c>sync_runs</c>): who ran it, why, how it ended and what it did. Holds no personal data.</summary>
internal sealed class SyncRunRow
{
    public long Id { get; set; }

    public required string Source { get; set; }

    /// <summary>The gateway process (machine and process id) that ran it.</summary>
    public required string Node { get; set; }

    /// <summary>One of <see cref="SyncTriggers"/>.</summary>
    public required string Trigger { get; set; }

    /// <summary>The Hangfire job that ran it, when a job did.</summary>
    public string? JobId { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }

    /// <summary>One of <see cref="SyncOutcomes"/>.</summary>
    public required string Outcome { get; set; }

    /// <summary>Files seen ready at the start of the run (the progress bar's whole).</summary>
    public int FilesTotal { get; set; }

    /// <summary>Files handled: applied, a no-op, or refused.</summary>
    public int Files { get; set; }

    public long RecordsRead { get; set; }

    public long RecordsApplied { get; set; }

    public long RecordsQuarantined { get; set; }

    /// <summary>Files refused (their records are not applied).</summary>
    public int FilesRefused { get; set; }

    public int PersonsChanged { get; set; }

    public int ConflictsOpened { get; set; }

    public int ConflictsResolved { get; set; }

    /// <summary>Tries of the run's work; more than one when a transient fault was retried.</summary>
    public int Attempts { get; set; }

    /// <summary>What went wrong: the fault's type and message, never a record's content.</summary>
    public string? Error { get; set; }
}

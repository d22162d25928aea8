namespace Thuiszitters.Gateway.SisApi.Entities;

/// <summary>One pull of one school (<c>sis_pull_runs</c>): when, why, what came and what became of it. Never a pupil.</summary>
internal sealed class SisPullRunRow
{
    public long Id { get; set; }

    public string School { get; set; } = "";

    public string Trigger { get; set; } = "";

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }

    /// <summary><c>RUNNING</c>, <c>APPLIED</c> or <c>FAILED</c>.</summary>
    public string Outcome { get; set; } = "";

    public int Pages { get; set; }

    public int Students { get; set; }

    public int Absences { get; set; }

    public long Quarantined { get; set; }

    public long? PupilsDeliveryId { get; set; }

    public long? AbsencesDeliveryId { get; set; }

    public string? Error { get; set; }
}

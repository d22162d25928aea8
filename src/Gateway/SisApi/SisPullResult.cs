namespace Thuiszitters.Gateway.SisApi;

/// <summary>
/// What one pull of one school did: its outcome (<c>APPLIED</c>, <c>STAGED</c> or <c>FAILED</c>), the pages and items read, the records
/// quarantined when the school's export was applied, the deliveries it made and, for a failure, why (never a pupil).
/// </summary>
internal sealed record SisPullResult(
    string School,
    string Outcome,
    int Pages,
    int Students,
    int Absences,
    long Quarantined,
    long? PupilsDeliveryId,
    long? AbsencesDeliveryId,
    string? Error)
{
    public const string Applied = "APPLIED";
    public const string Failed = "FAILED";
    public const string Running = "RUNNING";

    /// <summary>Read and committed, but the school's export of the same day was applied already: the next day's pull applies it.</summary>
    public const string Staged = "STAGED";

    public long RunId { get; init; }

    /// <summary>The school's export files the pull made and applied (none when it failed before), for the sync's run history.</summary>
    public IReadOnlyList<SisAppliedFile> Files { get; init; } = [];

    public override string ToString() =>
        FormattableString.Invariant($"{School}  {Outcome}  pages={Pages} students={Students} absences={Absences} quarantined={Quarantined}") +
        (Error is null ? "" : "  " + Error);
}

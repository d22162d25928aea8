namespace Thuiszitters.Gateway.Reconciliation.Persistence;

/// <summary>
/// The region's schools as the latest run saw them (covered by ROD, delivering exports): when a delivery changes either,
/// an incremental run also reconciles every pupil of that school.
/// </summary>
internal sealed class RegionSchoolRow
{
    public required string School { get; set; }

    public bool InRod { get; set; }

    public bool Exporting { get; set; }
}

namespace Thuiszitters.Gateway.Reconciliation.Facts;

/// <summary>Facts about the schools of the region that the per-pupil rules need.</summary>
/// <param name="RodSchools">Schools covered by ROD: they appear in an applied INS record.</param>
/// <param name="ExportingSchools">Schools that deliver their own pupil export (EDEX or leerlingen CSV): their administration is the truth about enrolments there.</param>
public sealed record RegionFacts(IReadOnlySet<string> RodSchools, IReadOnlySet<string> ExportingSchools)
{
    public static RegionFacts Empty { get; } = new(new HashSet<string>(), new HashSet<string>());
}

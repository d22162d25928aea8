using Thuiszitters.Gateway.Reconciliation.Facts;

namespace Thuiszitters.Gateway.Tests.Reconciliation;

/// <summary>Region facts for tests: which schools ROD covers and which deliver their own exports.</summary>
internal static class TestRegion
{
    public const string School = "12AB00";
    public const string OtherSchool = "34CD00";

    /// <summary>Both test schools are covered by ROD and deliver their own exports.</summary>
    public static RegionFacts Exporting { get; } = Of(rod: [School, OtherSchool], exporting: [School, OtherSchool]);

    /// <summary>Both test schools are covered by ROD, neither exports: ROD's enrolments count.</summary>
    public static RegionFacts RodOnly { get; } = Of(rod: [School, OtherSchool], exporting: []);

    public static RegionFacts Of(string[] rod, string[] exporting) =>
        new(new HashSet<string>(rod, StringComparer.Ordinal), new HashSet<string>(exporting, StringComparer.Ordinal));
}

namespace Thuiszitters.Generator.Scenarios;

/// <summary>
/// Every planted scenario, in a fixed order: planted pupil indices cycle through this list, so a
/// region large enough holds each one several times (<see cref="RegionSetup"/>).
/// </summary>
internal static class ScenarioCatalog
{
    public static readonly IReadOnlyList<Scenario> All =
    [
        .. EnrolmentScenarios.All,
        .. RodScenarios.All,
        .. PartialDeliveryScenarios.All,
        .. LongTermScenarios.All,
        .. AtRiskScenarios.All,
        .. AttendingScenarios.All,
        .. ExemptionScenarios.All,
        .. ReportScenarios.All,
        .. IdentityScenarios.All,
        .. DutyScenarios.All,
    ];

    public static int Count => All.Count;
}

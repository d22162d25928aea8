namespace Thuiszitters.Gateway.Reconciliation;

/// <summary>The legal status of a pupil on a date (DOMAIN.md); exactly one applies, the first that matches.</summary>
public enum PupilStatus
{
    NoDuty,
    Exempt,
    AbsoluteAbsence,
    LongTermAbsence,
    AtRisk,
    Attending,
}

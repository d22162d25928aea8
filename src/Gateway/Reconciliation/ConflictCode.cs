namespace Thuiszitters.Gateway.Reconciliation;

/// <summary>The conflicts of DOMAIN.md.</summary>
public enum ConflictCode
{
    UnenrolledWithoutNewSchool,
    EnrolmentGap,
    DoubleEnrolment,
    NotInRod,
    StaleInRod,
    RodDateMismatch,
    AbsenceNotReported,
    ReportDuringExemption,
    ReportWithoutEnrolment,
    IdentityMismatch,
    InvalidIdentifier,
    PossibleDuplicatePerson,
    NoPlan,
    Overdue,
}

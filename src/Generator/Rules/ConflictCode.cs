namespace Thuiszitters.Generator.Rules;

/// <summary>The fourteen conflict codes of DOMAIN.md; all of them are judged in the ground truth.</summary>
internal static class ConflictCode
{
    public const string UnenrolledWithoutNewSchool = "UNENROLLED_WITHOUT_NEW_SCHOOL";
    public const string EnrolmentGap = "ENROLMENT_GAP";
    public const string DoubleEnrolment = "DOUBLE_ENROLMENT";
    public const string NotInRod = "NOT_IN_ROD";
    public const string StaleInRod = "STALE_IN_ROD";
    public const string RodDateMismatch = "ROD_DATE_MISMATCH";
    public const string AbsenceNotReported = "ABSENCE_NOT_REPORTED";
    public const string ReportDuringExemption = "REPORT_DURING_EXEMPTION";
    public const string ReportWithoutEnrolment = "REPORT_WITHOUT_ENROLMENT";
    public const string IdentityMismatch = "IDENTITY_MISMATCH";
    public const string InvalidIdentifier = "INVALID_IDENTIFIER";
    public const string PossibleDuplicatePerson = "POSSIBLE_DUPLICATE_PERSON";
    public const string NoPlan = "NO_PLAN";
    public const string Overdue = "OVERDUE";

    public static readonly IReadOnlyList<string> All =
    [
        UnenrolledWithoutNewSchool, EnrolmentGap, DoubleEnrolment, NotInRod, StaleInRod, RodDateMismatch,
        AbsenceNotReported, ReportDuringExemption, ReportWithoutEnrolment, IdentityMismatch, InvalidIdentifier,
        PossibleDuplicatePerson, NoPlan, Overdue,
    ];
}

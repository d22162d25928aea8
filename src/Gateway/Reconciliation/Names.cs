namespace Thuiszitters.Gateway.Reconciliation;

/// <summary>The names statuses, bands and conflict codes carry in snapshots, feeds and the API (DOMAIN.md spelling).</summary>
public static class Names
{
    public static string Of(PupilStatus status) => status switch
    {
        PupilStatus.NoDuty => "NO_DUTY",
        PupilStatus.Exempt => "EXEMPT",
        PupilStatus.AbsoluteAbsence => "ABSOLUTE_ABSENCE",
        PupilStatus.LongTermAbsence => "LONG_TERM_ABSENCE",
        PupilStatus.AtRisk => "AT_RISK",
        PupilStatus.Attending => "ATTENDING",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    public static string Of(DurationBand band) => band switch
    {
        DurationBand.UpTo4Weeks => "LT_4W",
        DurationBand.From4WeeksTo3Months => "4W_3M",
        DurationBand.Over3Months => "GT_3M",
        _ => throw new ArgumentOutOfRangeException(nameof(band)),
    };

    public static string Of(ConflictCode code) => code switch
    {
        ConflictCode.UnenrolledWithoutNewSchool => "UNENROLLED_WITHOUT_NEW_SCHOOL",
        ConflictCode.EnrolmentGap => "ENROLMENT_GAP",
        ConflictCode.DoubleEnrolment => "DOUBLE_ENROLMENT",
        ConflictCode.NotInRod => "NOT_IN_ROD",
        ConflictCode.StaleInRod => "STALE_IN_ROD",
        ConflictCode.RodDateMismatch => "ROD_DATE_MISMATCH",
        ConflictCode.AbsenceNotReported => "ABSENCE_NOT_REPORTED",
        ConflictCode.ReportDuringExemption => "REPORT_DURING_EXEMPTION",
        ConflictCode.ReportWithoutEnrolment => "REPORT_WITHOUT_ENROLMENT",
        ConflictCode.IdentityMismatch => "IDENTITY_MISMATCH",
        ConflictCode.InvalidIdentifier => "INVALID_IDENTIFIER",
        ConflictCode.PossibleDuplicatePerson => "POSSIBLE_DUPLICATE_PERSON",
        ConflictCode.NoPlan => "NO_PLAN",
        ConflictCode.Overdue => "OVERDUE",
        _ => throw new ArgumentOutOfRangeException(nameof(code)),
    };

    public static string Of(ActingParty party) => party switch
    {
        ActingParty.LeavingSchool => "LEAVING_SCHOOL",
        ActingParty.LeavingSchoolAndLeerplicht => "LEAVING_SCHOOL_AND_LEERPLICHT",
        ActingParty.BothSchools => "BOTH_SCHOOLS",
        ActingParty.School => "SCHOOL",
        ActingParty.Leerplicht => "LEERPLICHT",
        ActingParty.SourceOwner => "SOURCE_OWNER",
        ActingParty.Regiehouder => "REGIEHOUDER",
        ActingParty.Swv => "SWV",
        _ => throw new ArgumentOutOfRangeException(nameof(party)),
    };
}

using Thuiszitters.Gateway.Reconciliation;

namespace Thuiszitters.Gateway.Tests.Reconciliation;

public sealed class NamesTests
{
    [Fact]
    public void Of_EveryConflictCode_DomainSpelling()
    {
        string[] expected =
        [
            "UNENROLLED_WITHOUT_NEW_SCHOOL", "ENROLMENT_GAP", "DOUBLE_ENROLMENT", "NOT_IN_ROD", "STALE_IN_ROD", "ROD_DATE_MISMATCH",
            "ABSENCE_NOT_REPORTED", "REPORT_DURING_EXEMPTION", "REPORT_WITHOUT_ENROLMENT", "IDENTITY_MISMATCH", "INVALID_IDENTIFIER",
            "POSSIBLE_DUPLICATE_PERSON", "NO_PLAN", "OVERDUE",
        ];

        Assert.Equal(expected, Enum.GetValues<ConflictCode>().Select(Names.Of));
    }

    [Fact]
    public void Of_EveryStatusAndBand_DomainSpelling()
    {
        Assert.Equal(
            ["NO_DUTY", "EXEMPT", "ABSOLUTE_ABSENCE", "LONG_TERM_ABSENCE", "AT_RISK", "ATTENDING"],
            Enum.GetValues<PupilStatus>().Select(Names.Of));
        Assert.Equal(["LT_4W", "4W_3M", "GT_3M"], Enum.GetValues<DurationBand>().Select(Names.Of));
    }
}

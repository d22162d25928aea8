using Thuiszitters.Gateway.Reconciliation;

namespace Thuiszitters.Gateway.Tests.Reconciliation.Rules;

/// <summary>REPORT_DURING_EXEMPTION and REPORT_WITHOUT_ENROLMENT.</summary>
public sealed class ReportConflictsTests
{
    private const string School = TestRegion.School;
    private static readonly DateOnly D = Iso.D("2026-04-15");
    private static readonly DateOnly ExemptUntil = Iso.D("2026-03-31");
    private static readonly DateOnly LastEnrolled = Iso.D("2026-03-20");

    private static PupilOutcome Reconcile(PersonFactsBuilder builder) => Reconciler.Reconcile(builder.Build(), TestRegion.Exporting, D);

    private static PersonFactsBuilder ExemptPupil(string artikel = "5A") =>
        PersonFactsBuilder.EnrolledPupil().Exempt(artikel, Iso.D("2026-01-05"), ExemptUntil);

    private static PersonFactsBuilder LeftSchool() =>
        new PersonFactsBuilder().Born(Iso.D("2013-05-20"))
            .Enrolled(School, Iso.D("2025-08-18"), LastEnrolled).InRod(School, Iso.D("2025-08-18"), LastEnrolled);

    [Theory]
    [InlineData('G')]
    [InlineData('B')]
    public void Find_ActiveReportBeginningOnLastExemptDay_ReportDuringExemption(char status)
    {
        var outcome = Reconcile(ExemptPupil().Reported(School, "LRV", ExemptUntil, null, status));

        var finding = ConflictAssert.Single(outcome, ConflictCode.ReportDuringExemption, School, ExemptUntil);
        Assert.Equal(ActingParty.Leerplicht, finding.Acts);
    }

    [Fact]
    public void Find_ReportBeginningDayAfterExemption_NotRaised() =>
        ConflictAssert.None(Reconcile(ExemptPupil().Reported(School, "LRV", ExemptUntil.AddDays(1))), ConflictCode.ReportDuringExemption);

    [Fact]
    public void Find_ClosedReportDuringExemption_NotRaised() =>
        ConflictAssert.None(Reconcile(ExemptPupil().Reported(School, "LRV", ExemptUntil, null, 'A')), ConflictCode.ReportDuringExemption);

    [Fact]
    public void Find_ReportDuringVervangendeLeerplicht_NotRaised() =>
        ConflictAssert.None(Reconcile(ExemptPupil("3A").Reported(School, "LRV", ExemptUntil)), ConflictCode.ReportDuringExemption);

    [Fact]
    public void Find_RegistrationOverlappingExemption_ReportDuringExemption()
    {
        var outcome = Reconcile(ExemptPupil("15").Registered(School, Iso.D("2026-03-02"), Iso.D("2026-04-10")));

        ConflictAssert.Single(outcome, ConflictCode.ReportDuringExemption, School, Iso.D("2026-03-02"));
    }

    [Fact]
    public void Find_UnauthorisedAbsenceDayAfterEnrolmentEnded_ReportWithoutEnrolment()
    {
        var outcome = Reconcile(LeftSchool().Absent(School, LastEnrolled.AddDays(1), 6).Absent(School, LastEnrolled.AddDays(2), 6));

        var finding = ConflictAssert.Single(outcome, ConflictCode.ReportWithoutEnrolment, School, LastEnrolled.AddDays(1));
        Assert.Equal(ActingParty.School, finding.Acts);
    }

    [Fact]
    public void Find_UnauthorisedAbsenceOnLastEnrolledDay_NotRaised() =>
        ConflictAssert.None(Reconcile(LeftSchool().Absent(School, LastEnrolled, 6)), ConflictCode.ReportWithoutEnrolment);

    [Fact]
    public void Find_AuthorisedAbsenceAfterEnrolmentEnded_NotRaised() =>
        ConflictAssert.None(
            Reconcile(LeftSchool().Absent(School, LastEnrolled.AddDays(1), 6, unauthorised: false)), ConflictCode.ReportWithoutEnrolment);

    [Fact]
    public void Find_RegistrationRunningPastEnrolmentEnd_AnchoredAtFirstUnenrolledDay()
    {
        var outcome = Reconcile(LeftSchool().Registered(School, Iso.D("2026-03-10")));

        ConflictAssert.Single(outcome, ConflictCode.ReportWithoutEnrolment, School, LastEnrolled.AddDays(1));
    }

    [Fact]
    public void Find_RegistrationEndingOnLastEnrolledDay_NotRaised() =>
        ConflictAssert.None(Reconcile(LeftSchool().Registered(School, Iso.D("2026-03-10"), LastEnrolled)), ConflictCode.ReportWithoutEnrolment);
}

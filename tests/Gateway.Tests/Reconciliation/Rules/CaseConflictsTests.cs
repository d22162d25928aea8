using Thuiszitters.Gateway.Reconciliation;

namespace Thuiszitters.Gateway.Tests.Reconciliation.Rules;

/// <summary>NO_PLAN and OVERDUE: the follow-up of a thuiszitter case.</summary>
public sealed class CaseConflictsTests
{
    private const string School = TestRegion.School;
    private const string Other = TestRegion.OtherSchool;
    private static readonly DateOnly D = Iso.D("2026-04-15");

    private static PupilOutcome Reconcile(PersonFactsBuilder builder) => Reconciler.Reconcile(builder.Build(), TestRegion.Exporting, D);

    private static PersonFactsBuilder LongTermAbsent() => PersonFactsBuilder.EnrolledPupil().AbsentDaily(School, D.AddDays(-40), D, 6);

    [Fact]
    public void Find_LongTermWithoutRegistration_NoPlanAnchoredAtEnrollingSchoolWithoutDate()
    {
        var outcome = Reconcile(LongTermAbsent());

        Assert.Equal(PupilStatus.LongTermAbsence, outcome.Status);
        var finding = ConflictAssert.Single(outcome, ConflictCode.NoPlan, School, null);
        Assert.Equal(ActingParty.School, finding.Acts);
    }

    [Fact]
    public void Find_OpenRegistrationWithPlanAndRegiehouder_NoPlanNotRaised() =>
        ConflictAssert.None(
            Reconcile(LongTermAbsent().Registered(School, D.AddDays(-10), plan: true, regiehouder: "Leerplicht Alkmaar")), ConflictCode.NoPlan);

    [Theory]
    [InlineData(true, null)]
    [InlineData(true, " ")]
    [InlineData(false, "Leerplicht Alkmaar")]
    public void Find_PlanOrRegiehouderMissing_NoPlanRaised(bool plan, string? regiehouder) =>
        ConflictAssert.Single(
            Reconcile(LongTermAbsent().Registered(School, D.AddDays(-10), plan: plan, regiehouder: regiehouder)), ConflictCode.NoPlan, School, null);

    [Fact]
    public void Find_RegistrationWithPlanEndedBeforeD_NoPlanRaised() =>
        ConflictAssert.Single(
            Reconcile(LongTermAbsent().Registered(School, D.AddDays(-10), D.AddDays(-1), plan: true, regiehouder: "LPA")), ConflictCode.NoPlan, School, null);

    [Fact]
    public void Find_EnrolledAtTwoSchools_NoPlanAnchoredAtLowestCode()
    {
        var outcome = Reconcile(LongTermAbsent().Enrolled(Other, D.AddDays(-60)).InRod(Other, D.AddDays(-60)));

        ConflictAssert.Single(outcome, ConflictCode.NoPlan, School, null);
    }

    [Fact]
    public void Find_AtRiskWithoutPlan_NoPlanNotRaised()
    {
        var outcome = Reconcile(PersonFactsBuilder.EnrolledPupil().AbsentDaily(School, D.AddDays(-28), D, 6));

        Assert.Equal(PupilStatus.AtRisk, outcome.Status);
        ConflictAssert.None(outcome, ConflictCode.NoPlan);
    }

    [Theory]
    [InlineData(-29, ActingParty.Regiehouder, false)]
    [InlineData(-91, ActingParty.Regiehouder, false)]
    [InlineData(-92, ActingParty.Swv, true)]
    public void Find_RegistrationReportedMoreThan28DaysAgo_OverdueAnchoredAtGemeldOp(int gemeldOffset, ActingParty acts, bool escalated)
    {
        var gemeld = D.AddDays(gemeldOffset);

        var outcome = Reconcile(PersonFactsBuilder.EnrolledPupil()
            .Registered(School, D.AddDays(-100), plan: true, regiehouder: "LPA", gemeldOp: gemeld));

        var finding = ConflictAssert.Single(outcome, ConflictCode.Overdue, School, gemeld);
        Assert.Equal(acts, finding.Acts);
        Assert.Equal(escalated, finding.Escalated);
    }

    [Fact]
    public void Find_RegistrationReported28DaysAgo_NotOverdue() =>
        ConflictAssert.None(
            Reconcile(PersonFactsBuilder.EnrolledPupil().Registered(School, D.AddDays(-100), plan: true, regiehouder: "LPA", gemeldOp: D.AddDays(-28))),
            ConflictCode.Overdue);

    // The registration makes an ongoing episode from its start: started 29 days ago the pupil is a thuiszitter, 28 days ago at risk.
    [Theory]
    [InlineData(-29, true)]
    [InlineData(-28, false)]
    public void Find_OverdueRegistration_OnlyWhileStillThuiszitter(int startOffset, bool raised)
    {
        var outcome = Reconcile(PersonFactsBuilder.EnrolledPupil()
            .Registered(School, D.AddDays(startOffset), plan: true, regiehouder: "LPA", gemeldOp: D.AddDays(-40)));

        Assert.Equal(raised, outcome.Conflicts.Any(c => c.Code == ConflictCode.Overdue));
    }

    [Fact]
    public void Find_AbsolutelyAbsentWithOpenRegistration_Overdue()
    {
        var gemeld = Iso.D("2026-02-02");
        var outcome = Reconcile(new PersonFactsBuilder().Born(Iso.D("2013-05-20"))
            .Enrolled(School, Iso.D("2025-08-18"), Iso.D("2026-01-30")).InRod(School, Iso.D("2025-08-18"), Iso.D("2026-01-30"))
            .Registered(School, gemeld, plan: true, regiehouder: "LPA"));

        Assert.Equal(PupilStatus.AbsoluteAbsence, outcome.Status);
        ConflictAssert.Single(outcome, ConflictCode.Overdue, School, gemeld);
    }
}

using Thuiszitters.Gateway.Reconciliation;

namespace Thuiszitters.Gateway.Tests.Reconciliation.Rules;

/// <summary>UNENROLLED_WITHOUT_NEW_SCHOOL, ENROLMENT_GAP and DOUBLE_ENROLMENT at their boundaries (ROD's enrolments count).</summary>
public sealed class EnrolmentConflictsTests
{
    private const string School = TestRegion.School;
    private const string Other = TestRegion.OtherSchool;
    private static readonly DateOnly D = Iso.D("2026-04-15");
    private static readonly DateOnly Began = Iso.D("2025-08-18");

    private static PersonFactsBuilder Child(string born = "2013-05-20") => new PersonFactsBuilder().Born(Iso.D(born));

    private static PupilOutcome Reconcile(PersonFactsBuilder builder) => Reconciler.Reconcile(builder.Build(), TestRegion.RodOnly, D);

    [Fact]
    public void Find_EndedEightDaysBeforeD_UnenrolledAnchoredAtLeavingSchoolAndLastDay()
    {
        var end = D.AddDays(-8);

        var outcome = Reconcile(Child().InRod(School, Began, end));

        var finding = ConflictAssert.Single(outcome, ConflictCode.UnenrolledWithoutNewSchool, School, end);
        Assert.Equal(ActingParty.LeavingSchoolAndLeerplicht, finding.Acts);
        ConflictAssert.None(outcome, ConflictCode.EnrolmentGap);
    }

    [Fact]
    public void Find_EndedSevenDaysBeforeD_StillInReportingWindow()
    {
        var outcome = Reconcile(Child().InRod(School, Began, D.AddDays(-7)));

        Assert.Equal(PupilStatus.AbsoluteAbsence, outcome.Status);
        ConflictAssert.None(outcome, ConflictCode.UnenrolledWithoutNewSchool);
    }

    [Fact]
    public void Find_ExemptFromDayAfterEnd_NoUnenrolled()
    {
        var end = D.AddDays(-20);

        var outcome = Reconcile(Child().InRod(School, Began, end).Exempt("5A", end.AddDays(1)));

        ConflictAssert.None(outcome, ConflictCode.UnenrolledWithoutNewSchool);
    }

    [Fact]
    public void Find_VervangendeLeerplichtFromDayAfterEnd_NoUnenrolled()
    {
        var end = D.AddDays(-20);

        var outcome = Reconcile(Child().InRod(School, Began, end).Exempt("3A", end.AddDays(1)));

        ConflictAssert.None(outcome, ConflictCode.UnenrolledWithoutNewSchool);
    }

    [Theory]
    [InlineData(false, true)]
    [InlineData(true, false)]
    public void Find_StartkwalificatieOnDayAfterEnd_NoDutySoNoUnenrolled(bool diploma, bool raised)
    {
        var end = D.AddDays(-20);
        var builder = Child("2008-05-20").InRod(School, Began, end);
        if (diploma)
        {
            builder.Startkwalificatie(end.AddDays(1));
        }

        var outcome = Reconcile(builder);

        Assert.Equal(raised, outcome.Conflicts.Any(c => c.Code == ConflictCode.UnenrolledWithoutNewSchool));
    }

    [Fact]
    public void Find_WeekendBetweenEnrolments_EnrolmentGapAnchoredAtLeavingSchool()
    {
        var friday = Iso.D("2026-03-13");

        var outcome = Reconcile(Child().InRod(School, Began, friday).InRod(Other, Iso.D("2026-03-16")));

        var finding = ConflictAssert.Single(outcome, ConflictCode.EnrolmentGap, School, friday);
        Assert.Equal(ActingParty.LeavingSchool, finding.Acts);
        ConflictAssert.None(outcome, ConflictCode.UnenrolledWithoutNewSchool);
        Assert.Equal(PupilStatus.Attending, outcome.Status);
    }

    [Fact]
    public void Find_SeamlessMove_NoGap()
    {
        var outcome = Reconcile(Child().InRod(School, Began, Iso.D("2026-03-13")).InRod(Other, Iso.D("2026-03-14")));

        Assert.Empty(outcome.Conflicts);
    }

    [Fact]
    public void Find_OverlapOfOneDay_DoubleEnrolmentAnchoredAtLaterSchoolAndFirstCommonDay()
    {
        var outcome = Reconcile(Child().InRod(School, Began, Iso.D("2026-03-02")).InRod(Other, Iso.D("2026-03-02")));

        var finding = ConflictAssert.Single(outcome, ConflictCode.DoubleEnrolment, Other, Iso.D("2026-03-02"));
        Assert.Equal(ActingParty.BothSchools, finding.Acts);
    }

    [Fact]
    public void Find_NoOverlap_NoDoubleEnrolment()
    {
        var outcome = Reconcile(Child().InRod(School, Began, Iso.D("2026-03-01")).InRod(Other, Iso.D("2026-03-02")));

        ConflictAssert.None(outcome, ConflictCode.DoubleEnrolment);
    }

    [Fact]
    public void Find_SameSchoolTwice_NoDoubleEnrolment()
    {
        var outcome = Reconcile(Child().InRod(School, Began).InRod(School, Iso.D("2026-03-02")));

        ConflictAssert.None(outcome, ConflictCode.DoubleEnrolment);
    }

    [Fact]
    public void Find_SameFactsAgain_SameIdentity()
    {
        var facts = Child().InRod(School, Began, D.AddDays(-8)).Build();

        var first = Reconciler.Reconcile(facts, TestRegion.RodOnly, D);
        var second = Reconciler.Reconcile(facts, TestRegion.RodOnly, D.AddDays(5));

        Assert.Equal(Assert.Single(first.Conflicts).Identity, Assert.Single(second.Conflicts).Identity);
        Assert.Equal("UNENROLLED_WITHOUT_NEW_SCHOOL|111222333|12AB00|2026-04-07", first.Conflicts[0].Identity);
    }
}

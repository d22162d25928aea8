using Thuiszitters.Gateway.Reconciliation;

namespace Thuiszitters.Gateway.Tests.Reconciliation.Rules;

/// <summary>NOT_IN_ROD, STALE_IN_ROD and ROD_DATE_MISMATCH: an exporting school's administration checked against ROD.</summary>
public sealed class RodConflictsTests
{
    private const string School = TestRegion.School;
    private static readonly DateOnly D = Iso.D("2026-04-15");
    private static readonly DateOnly Began = Iso.D("2025-08-18");

    private static PersonFactsBuilder Child() => new PersonFactsBuilder().Born(Iso.D("2013-05-20"));

    private static PupilOutcome Reconcile(PersonFactsBuilder builder) => Reconciler.Reconcile(builder.Build(), TestRegion.Exporting, D);

    [Fact]
    public void Find_AdminEnrolmentBegunEightDaysAgoMissingInRod_NotInRodAnchoredAtBegin()
    {
        var outcome = Reconcile(Child().Enrolled(School, D.AddDays(-8)));

        var finding = ConflictAssert.Single(outcome, ConflictCode.NotInRod, School, D.AddDays(-8));
        Assert.Equal(ActingParty.School, finding.Acts);
    }

    [Fact]
    public void Find_AdminEnrolmentBegunSevenDaysAgo_NotYetNotInRod() =>
        ConflictAssert.None(Reconcile(Child().Enrolled(School, D.AddDays(-7))), ConflictCode.NotInRod);

    [Fact]
    public void Find_SchoolNotCoveredByRod_NoNotInRod()
    {
        var region = TestRegion.Of(rod: [], exporting: [School]);

        var outcome = Reconciler.Reconcile(Child().Enrolled(School, D.AddDays(-30)).Build(), region, D);

        ConflictAssert.None(outcome, ConflictCode.NotInRod);
    }

    [Fact]
    public void Find_RodOverlapsWithOtherDates_NoNotInRod()
    {
        var outcome = Reconcile(Child().Enrolled(School, D.AddDays(-30)).InRod(School, D.AddDays(-29)));

        ConflictAssert.None(outcome, ConflictCode.NotInRod);
    }

    [Fact]
    public void Find_AdminEndedEightDaysAgoRodOpen_StaleInRodAnchoredAtRodBegin()
    {
        var outcome = Reconcile(Child().Enrolled(School, Began, D.AddDays(-8)).InRod(School, Iso.D("2025-08-19")));

        ConflictAssert.Single(outcome, ConflictCode.StaleInRod, School, Iso.D("2025-08-19"));
    }

    [Fact]
    public void Find_AdminEndedSevenDaysAgoRodOpen_NotYetStale() =>
        ConflictAssert.None(Reconcile(Child().Enrolled(School, Began, D.AddDays(-7)).InRod(School, Began)), ConflictCode.StaleInRod);

    [Fact]
    public void Find_ExportDoesNotListPupil_StaleInRod()
    {
        var outcome = Reconcile(Child().InRod(School, Began));

        ConflictAssert.Single(outcome, ConflictCode.StaleInRod, School, Began);
        Assert.Equal(PupilStatus.AbsoluteAbsence, outcome.Status);
    }

    [Fact]
    public void Find_SchoolDoesNotExport_NoStaleInRod()
    {
        var outcome = Reconciler.Reconcile(Child().InRod(School, Began).Build(), TestRegion.RodOnly, D);

        ConflictAssert.None(outcome, ConflictCode.StaleInRod);
    }

    [Fact]
    public void Find_BeginDatesDifferByOneDay_RodDateMismatchAnchoredAtSchoolsBegin()
    {
        var outcome = Reconcile(Child().Enrolled(School, Began).InRod(School, Began.AddDays(1)));

        var finding = ConflictAssert.Single(outcome, ConflictCode.RodDateMismatch, School, Began);
        Assert.Equal(ActingParty.School, finding.Acts);
    }

    [Fact]
    public void Find_SameDates_NoRodConflicts() =>
        Assert.Empty(Reconcile(Child().Enrolled(School, Began).InRod(School, Began)).Conflicts);

    [Fact]
    public void Find_BothEndedOnDifferentDays_RodDateMismatch()
    {
        var outcome = Reconcile(Child().Enrolled(School, Began, Iso.D("2026-03-20")).InRod(School, Began, Iso.D("2026-03-21")));

        ConflictAssert.Single(outcome, ConflictCode.RodDateMismatch, School, Began);
    }

    [Fact]
    public void Find_OnlyAdminHasEndDate_NoRodDateMismatch()
    {
        var outcome = Reconcile(Child().Enrolled(School, Began, Iso.D("2026-03-20")).InRod(School, Began));

        ConflictAssert.None(outcome, ConflictCode.RodDateMismatch);
    }
}

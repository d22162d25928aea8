using Thuiszitters.Gateway.Reconciliation;
using Thuiszitters.Gateway.Reconciliation.Facts;
using Thuiszitters.Gateway.Reconciliation.Rules;

namespace Thuiszitters.Gateway.Tests.Reconciliation.Rules;

/// <summary>ABSENCE_NOT_REPORTED: crossings of 16 hours in T-27..T, whether ROD holds a report for them, the 7-day window.</summary>
public sealed class AbsenceConflictsTests
{
    private const string School = TestRegion.School;
    private static readonly DateOnly D = Iso.D("2026-04-15");

    private static PupilOutcome Reconcile(PersonFactsBuilder builder, RegionFacts? region = null) =>
        Reconciler.Reconcile(builder.Build(), region ?? TestRegion.Exporting, D);

    /// <summary>Three days of 6 hours ending on <paramref name="t"/>: the 16 hours are reached on t.</summary>
    private static PersonFactsBuilder CrossingOn(DateOnly t, decimal lastHours = 6) =>
        PersonFactsBuilder.EnrolledPupil().Absent(School, t.AddDays(-2), 6).Absent(School, t.AddDays(-1), 6).Absent(School, t, lastHours);

    [Fact]
    public void Find_CrossingEightDaysBeforeD_RaisedAnchoredAtCrossing()
    {
        var t = D.AddDays(-8);

        var finding = ConflictAssert.Single(Reconcile(CrossingOn(t)), ConflictCode.AbsenceNotReported, School, t);

        Assert.Equal(ActingParty.School, finding.Acts);
    }

    [Fact]
    public void Find_CrossingSevenDaysBeforeD_NotYetRaised() =>
        ConflictAssert.None(Reconcile(CrossingOn(D.AddDays(-7))), ConflictCode.AbsenceNotReported);

    [Fact]
    public void Find_FifteenAndAHalfHours_NoCrossing() =>
        ConflictAssert.None(Reconcile(CrossingOn(D.AddDays(-20), lastHours: 3.5m)), ConflictCode.AbsenceNotReported);

    [Fact]
    public void Find_SchoolNotCoveredByRod_NotRaised()
    {
        var region = TestRegion.Of(rod: [], exporting: [School]);

        ConflictAssert.None(Reconcile(CrossingOn(D.AddDays(-20)), region), ConflictCode.AbsenceNotReported);
    }

    [Theory]
    [InlineData("16U", 'A')]
    [InlineData("16U", 'T')]
    [InlineData("LRV", 'B')]
    public void Find_ReportOverlappingWindow_Reported(string soort, char status)
    {
        var t = D.AddDays(-20);

        var outcome = Reconcile(CrossingOn(t).Reported(School, soort, t, t.AddDays(3), status));

        ConflictAssert.None(outcome, ConflictCode.AbsenceNotReported);
    }

    [Theory]
    [InlineData(-27, false)]
    [InlineData(-28, true)]
    public void Find_ReportEndingAtWindowEdge_OverlapsFromTMinus27(int endOffset, bool raised)
    {
        var t = D.AddDays(-20);

        var outcome = Reconcile(CrossingOn(t).Reported(School, "16U", t.AddDays(-40), t.AddDays(endOffset), 'A'));

        Assert.Equal(raised, outcome.Conflicts.Any(c => c.Code == ConflictCode.AbsenceNotReported));
    }

    [Fact]
    public void Find_WithdrawnReport_DoesNotCount()
    {
        var t = D.AddDays(-20);

        var outcome = Reconcile(CrossingOn(t).Reported(School, "16U", t, t, 'I'));

        ConflictAssert.Single(outcome, ConflictCode.AbsenceNotReported, School, t);
    }

    [Fact]
    public void Find_ReportOfOtherSchool_DoesNotCount()
    {
        var t = D.AddDays(-20);

        var outcome = Reconcile(CrossingOn(t).Reported(TestRegion.OtherSchool, "16U", t, t, 'G'));

        ConflictAssert.Single(outcome, ConflictCode.AbsenceNotReported, School, t);
    }

    private static PersonFactsBuilder ThreeCrossings() => PersonFactsBuilder.EnrolledPupil()
        .AbsentDaily(School, Iso.D("2026-01-05"), Iso.D("2026-01-07"), 6)
        .AbsentDaily(School, Iso.D("2026-02-09"), Iso.D("2026-02-11"), 6)
        .AbsentDaily(School, Iso.D("2026-03-16"), Iso.D("2026-03-18"), 6);

    [Fact]
    public void Find_ConsecutiveUnreportedCrossings_OneConflictAtFirst() =>
        ConflictAssert.Single(Reconcile(ThreeCrossings()), ConflictCode.AbsenceNotReported, School, Iso.D("2026-01-07"));

    [Fact]
    public void Find_ReportedCrossingBetween_SplitsIntoTwoRuns()
    {
        var outcome = Reconcile(ThreeCrossings().Reported(School, "16U", Iso.D("2026-02-09"), Iso.D("2026-02-11"), 'A'));

        var dates = outcome.Conflicts.Where(c => c.Code == ConflictCode.AbsenceNotReported).Select(c => c.Date).ToList();
        Assert.Equal([Iso.D("2026-01-07"), Iso.D("2026-03-18")], dates);
    }

    [Fact]
    public void Crossings_SixHoursDaily_CountingRestartsDayAfterCrossing()
    {
        var days = Enumerable.Range(0, 7).Select(i => new AbsenceFact(School, Iso.D("2026-03-02").AddDays(i), 6, true));

        Assert.Equal([Iso.D("2026-03-04"), Iso.D("2026-03-07")], AbsenceConflicts.Crossings(days));
    }

    [Theory]
    [InlineData(27, true)]
    [InlineData(28, false)]
    public void Crossings_TwoDaysOfEightHours_OnlyWithin28Days(int apart, bool crossed)
    {
        var first = Iso.D("2026-01-05");
        AbsenceFact[] days = [new(School, first, 8, true), new(School, first.AddDays(apart), 8, true)];

        Assert.Equal(crossed ? [first.AddDays(apart)] : [], AbsenceConflicts.Crossings(days));
    }
}

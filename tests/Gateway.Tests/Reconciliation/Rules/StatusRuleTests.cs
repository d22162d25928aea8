using Thuiszitters.Gateway.Reconciliation;

namespace Thuiszitters.Gateway.Tests.Reconciliation.Rules;

/// <summary>Relative absence: episodes, the 28-day line, the 16-hour window and reports that count as absence.</summary>
public sealed class StatusRuleTests
{
    private const string School = TestRegion.School;
    private static readonly DateOnly D = Iso.D("2026-04-15");

    private static PupilOutcome Reconcile(PersonFactsBuilder builder) => Reconciler.Reconcile(builder.Build(), TestRegion.Exporting, D);

    [Fact]
    public void Evaluate_EnrolledWithoutAbsence_Attending()
    {
        var outcome = Reconcile(PersonFactsBuilder.EnrolledPupil());

        Assert.Equal(PupilStatus.Attending, outcome.Status);
        Assert.Null(outcome.Since);
        Assert.Null(outcome.Band);
        Assert.Equal([School], outcome.Schools);
        Assert.Empty(outcome.Conflicts);
    }

    [Fact]
    public void Evaluate_EpisodeStarted28DaysBefore_AtRiskSinceStart()
    {
        var outcome = Reconcile(PersonFactsBuilder.EnrolledPupil().AbsentDaily(School, D.AddDays(-28), D, 1));

        Assert.Equal(PupilStatus.AtRisk, outcome.Status);
        Assert.Equal(D.AddDays(-28), outcome.Since);
        Assert.Null(outcome.Band);
    }

    [Fact]
    public void Evaluate_EpisodeStarted29DaysBefore_LongTermAbsence4WTo3M()
    {
        var outcome = Reconcile(PersonFactsBuilder.EnrolledPupil().AbsentDaily(School, D.AddDays(-29), D, 1));

        Assert.Equal(PupilStatus.LongTermAbsence, outcome.Status);
        Assert.Equal(D.AddDays(-29), outcome.Since);
        Assert.Equal(DurationBand.From4WeeksTo3Months, outcome.Band);
    }

    [Theory]
    [InlineData(-91, DurationBand.From4WeeksTo3Months)]
    [InlineData(-92, DurationBand.Over3Months)]
    public void Evaluate_LongTermEpisode_BandTurnsAt91Days(int startOffset, DurationBand expected)
    {
        var outcome = Reconcile(PersonFactsBuilder.EnrolledPupil().AbsentDaily(School, D.AddDays(startOffset), D, 1));

        Assert.Equal(PupilStatus.LongTermAbsence, outcome.Status);
        Assert.Equal(expected, outcome.Band);
    }

    [Theory]
    [InlineData(-3, PupilStatus.AtRisk)]
    [InlineData(-4, PupilStatus.Attending)]
    public void Evaluate_LastAbsenceDay_OngoingWithinThreeDays(int lastOffset, PupilStatus expected)
    {
        var last = D.AddDays(lastOffset);
        var outcome = Reconcile(PersonFactsBuilder.EnrolledPupil().AbsentDaily(School, last.AddDays(-1), last, 2));

        Assert.Equal(expected, outcome.Status);
    }

    // Friday 2026-03-13 to Monday 2026-03-16 is 3 days: one episode from 2026-03-09, more than 28 days before D.
    [Fact]
    public void Evaluate_FridayToMondayGap_JoinsIntoOneLongEpisode()
    {
        var outcome = Reconcile(PersonFactsBuilder.EnrolledPupil()
            .AbsentDaily(School, Iso.D("2026-03-09"), Iso.D("2026-03-13"), 1)
            .AbsentDaily(School, Iso.D("2026-03-16"), D, 1));

        Assert.Equal(PupilStatus.LongTermAbsence, outcome.Status);
        Assert.Equal(Iso.D("2026-03-09"), outcome.Since);
    }

    [Fact]
    public void Evaluate_FourDayGap_SplitsAndOnlyTheLaterEpisodeCounts()
    {
        var outcome = Reconcile(PersonFactsBuilder.EnrolledPupil()
            .AbsentDaily(School, Iso.D("2026-03-09"), Iso.D("2026-03-12"), 1)
            .AbsentDaily(School, Iso.D("2026-03-16"), D, 1));

        Assert.Equal(PupilStatus.LongTermAbsence, outcome.Status);
        Assert.Equal(Iso.D("2026-03-16"), outcome.Since);
    }

    // Days D-27 and D-20 are separate, finished episodes: only the 16-hour rule can make the pupil at risk.
    [Theory]
    [InlineData(-27, 8, PupilStatus.AtRisk)]
    [InlineData(-27, 7.5, PupilStatus.Attending)]
    [InlineData(-28, 8, PupilStatus.Attending)]
    public void Evaluate_HoursInWindow_AtRiskFrom16HoursInDMinus27ToD(int firstOffset, double firstHours, PupilStatus expected)
    {
        var outcome = Reconcile(PersonFactsBuilder.EnrolledPupil()
            .Absent(School, D.AddDays(firstOffset), (decimal)firstHours)
            .Absent(School, D.AddDays(-20), 8));

        Assert.Equal(expected, outcome.Status);
        Assert.Equal(expected == PupilStatus.AtRisk ? D.AddDays(firstOffset) : null, outcome.Since);
    }

    [Fact]
    public void Evaluate_AuthorisedAbsence_DoesNotCount()
    {
        var outcome = Reconcile(PersonFactsBuilder.EnrolledPupil().Absent(School, D.AddDays(-1), 20, unauthorised: false));

        Assert.Equal(PupilStatus.Attending, outcome.Status);
    }

    [Theory]
    [InlineData('G', PupilStatus.LongTermAbsence)]
    [InlineData('B', PupilStatus.LongTermAbsence)]
    [InlineData('A', PupilStatus.Attending)]
    [InlineData('I', PupilStatus.Attending)]
    public void Evaluate_LrvReportCoveringD_EpisodeFromItsBegin(char status, PupilStatus expected)
    {
        var outcome = Reconcile(PersonFactsBuilder.EnrolledPupil().Reported(School, "LRV", D.AddDays(-40), null, status));

        Assert.Equal(expected, outcome.Status);
        Assert.Equal(expected == PupilStatus.LongTermAbsence ? D.AddDays(-40) : null, outcome.Since);
    }

    [Fact]
    public void Evaluate_LrvReportEndedDayBeforeD_Attending()
    {
        var outcome = Reconcile(PersonFactsBuilder.EnrolledPupil().Reported(School, "LRV", D.AddDays(-40), D.AddDays(-1)));

        Assert.Equal(PupilStatus.Attending, outcome.Status);
    }

    [Theory]
    [InlineData(null, PupilStatus.LongTermAbsence)]
    [InlineData(0, PupilStatus.LongTermAbsence)]
    [InlineData(-1, PupilStatus.Attending)]
    public void Evaluate_ThuiszitterRegistration_OpenOneCountsFromItsStart(int? endOffset, PupilStatus expected)
    {
        DateOnly? end = endOffset is { } e ? D.AddDays(e) : null;
        var outcome = Reconcile(PersonFactsBuilder.EnrolledPupil().Registered(School, D.AddDays(-40), end, plan: true, regiehouder: "LPA"));

        Assert.Equal(expected, outcome.Status);
        Assert.Equal(expected == PupilStatus.LongTermAbsence ? D.AddDays(-40) : null, outcome.Since);
    }

    [Theory]
    [InlineData('G', PupilStatus.AtRisk)]
    [InlineData('B', PupilStatus.AtRisk)]
    [InlineData('A', PupilStatus.Attending)]
    public void Evaluate_16UReportCoveringD_AtRiskSinceItsBegin(char status, PupilStatus expected)
    {
        var outcome = Reconcile(PersonFactsBuilder.EnrolledPupil().Reported(School, "16U", D.AddDays(-50), D, status));

        Assert.Equal(expected, outcome.Status);
        Assert.Equal(expected == PupilStatus.AtRisk ? D.AddDays(-50) : null, outcome.Since);
    }

    // DOMAIN.md: since for AT_RISK is the ongoing episode's start, else the first unauthorised day in D-27..D, else the 16U begin.
    [Fact]
    public void Evaluate_16UReportWithFewHoursInWindow_SinceFirstUnauthorisedDayInWindow()
    {
        var outcome = Reconcile(PersonFactsBuilder.EnrolledPupil()
            .Absent(School, D.AddDays(-28), 8)
            .Absent(School, D.AddDays(-10), 4)
            .Reported(School, "16U", D.AddDays(-50), D, 'G'));

        Assert.Equal(PupilStatus.AtRisk, outcome.Status);
        Assert.Equal(D.AddDays(-10), outcome.Since);
    }

    [Fact]
    public void Evaluate_AbsenceAfterD_PlaysNoPart()
    {
        var outcome = Reconcile(PersonFactsBuilder.EnrolledPupil().AbsentDaily(School, D.AddDays(1), D.AddDays(40), 8));

        Assert.Equal(PupilStatus.Attending, outcome.Status);
    }

    // 2024 is a leap year: from the last day 2024-02-28 to 2024-03-02 is 3 days, because 29 February counts.
    [Theory]
    [InlineData("2024-03-02", PupilStatus.AtRisk)]
    [InlineData("2024-03-03", PupilStatus.Attending)]
    public void Evaluate_AcrossLeapDay_29FebruaryCountsAsADay(string day, PupilStatus expected)
    {
        var facts = new PersonFactsBuilder().Born(Iso.D("2013-05-20")).Enrolled(School, Iso.D("2023-08-21")).InRod(School, Iso.D("2023-08-21"))
            .Absent(School, Iso.D("2024-02-28"), 2).Build();

        Assert.Equal(expected, Reconciler.Reconcile(facts, TestRegion.Exporting, Iso.D(day)).Status);
    }
}

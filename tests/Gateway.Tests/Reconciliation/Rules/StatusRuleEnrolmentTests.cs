using Thuiszitters.Gateway.Reconciliation;
using Thuiszitters.Gateway.Reconciliation.Facts;

namespace Thuiszitters.Gateway.Tests.Reconciliation.Rules;

/// <summary>Exemption, enrolment and absolute absence: the status, since and band that follow from them.</summary>
public sealed class StatusRuleEnrolmentTests
{
    private const string School = TestRegion.School;
    private static readonly DateOnly D = Iso.D("2026-04-15");

    private static PupilOutcome Reconcile(PersonFactsBuilder builder) => Reconciler.Reconcile(builder.Build(), TestRegion.Exporting, D);

    private static PersonFactsBuilder Child() => new PersonFactsBuilder().Born(Iso.D("2013-05-20"));

    [Fact]
    public void Evaluate_ExemptionWithOpenEnd_ExemptSinceBegin()
    {
        var outcome = Reconcile(Child().Exempt("5A", Iso.D("2025-08-01")));

        Assert.Equal(PupilStatus.Exempt, outcome.Status);
        Assert.Equal(Iso.D("2025-08-01"), outcome.Since);
        Assert.Null(outcome.Band);
    }

    [Theory]
    [InlineData("5A")]
    [InlineData("5B")]
    [InlineData("5C")]
    [InlineData("15")]
    public void Evaluate_ExemptingArticleEndingOnD_Exempt(string artikel) =>
        Assert.Equal(PupilStatus.Exempt, Reconcile(Child().Exempt(artikel, Iso.D("2025-08-01"), D)).Status);

    [Fact]
    public void Evaluate_ExemptionEndedDayBeforeD_AbsoluteAbsenceSinceDayAfterEnd()
    {
        var outcome = Reconcile(Child().Exempt("5A", Iso.D("2025-08-01"), D.AddDays(-1)));

        Assert.Equal(PupilStatus.AbsoluteAbsence, outcome.Status);
        Assert.Equal(D, outcome.Since);
        Assert.Equal(DurationBand.UpTo4Weeks, outcome.Band);
    }

    [Fact]
    public void Evaluate_VervangendeLeerplicht3A_CountsAsEnrolledNotExempt()
    {
        var outcome = Reconcile(Child().Exempt("3A", Iso.D("2025-08-01")));

        Assert.Equal(PupilStatus.Attending, outcome.Status);
        Assert.Null(outcome.Since);
    }

    [Fact]
    public void Evaluate_SeamlessMove_StaysEnrolled()
    {
        var outcome = Reconcile(Child()
            .Enrolled(School, Iso.D("2025-08-18"), Iso.D("2026-03-27")).InRod(School, Iso.D("2025-08-18"), Iso.D("2026-03-27"))
            .Enrolled(TestRegion.OtherSchool, Iso.D("2026-03-28")).InRod(TestRegion.OtherSchool, Iso.D("2026-03-28")));

        Assert.Equal(PupilStatus.Attending, outcome.Status);
        Assert.Equal([TestRegion.OtherSchool], outcome.Schools);
        Assert.Empty(outcome.Conflicts);
    }

    // The leaving school's administration decides for an exporting school; ROD still holding it open does not enrol the pupil.
    [Fact]
    public void Evaluate_ExportingSchoolEndedButRodOpen_AbsoluteAbsence()
    {
        var outcome = Reconcile(Child().Enrolled(School, Iso.D("2025-08-18"), Iso.D("2026-03-20")).InRod(School, Iso.D("2025-08-18")));

        Assert.Equal(PupilStatus.AbsoluteAbsence, outcome.Status);
        Assert.Equal(Iso.D("2026-03-21"), outcome.Since);
    }

    [Fact]
    public void Evaluate_NonExportingSchool_RodEnrolmentCounts()
    {
        var facts = Child().InRod(School, Iso.D("2025-08-18")).Build();

        var outcome = Reconciler.Reconcile(facts, TestRegion.RodOnly, D);

        Assert.Equal(PupilStatus.Attending, outcome.Status);
        Assert.Equal([School], outcome.Schools);
    }

    [Theory]
    [InlineData(-28, DurationBand.UpTo4Weeks)]
    [InlineData(-29, DurationBand.From4WeeksTo3Months)]
    [InlineData(-91, DurationBand.From4WeeksTo3Months)]
    [InlineData(-92, DurationBand.Over3Months)]
    public void Evaluate_AbsoluteAbsence_BandByDaysSinceDayAfterEnrolmentEnd(int sinceOffset, DurationBand expected)
    {
        var since = D.AddDays(sinceOffset);
        var outcome = Reconcile(Child().Enrolled(School, Iso.D("2025-08-18"), since.AddDays(-1)).InRod(School, Iso.D("2025-08-18"), since.AddDays(-1)));

        Assert.Equal(PupilStatus.AbsoluteAbsence, outcome.Status);
        Assert.Equal(since, outcome.Since);
        Assert.Equal(expected, outcome.Band);
    }

    [Fact]
    public void AbsoluteSince_LastEnrolmentEndIsLatest_DayAfterIt()
    {
        var outcome = Reconcile(Child()
            .Exempt("5A", Iso.D("2025-01-01"), Iso.D("2025-06-30"))
            .Enrolled(School, Iso.D("2025-08-18"), Iso.D("2026-03-20")).InRod(School, Iso.D("2025-08-18"), Iso.D("2026-03-20"))
            .LivesIn("0361", FactSource.Brp, D, settled: Iso.D("2024-01-10")));

        Assert.Equal(Iso.D("2026-03-21"), outcome.Since);
    }

    [Fact]
    public void AbsoluteSince_LastExemptionEndIsLatest_DayAfterIt()
    {
        var outcome = Reconcile(Child()
            .Enrolled(School, Iso.D("2025-08-18"), Iso.D("2026-01-09")).InRod(School, Iso.D("2025-08-18"), Iso.D("2026-01-09"))
            .Exempt("5A", Iso.D("2026-01-12"), Iso.D("2026-02-27")));

        Assert.Equal(PupilStatus.AbsoluteAbsence, outcome.Status);
        Assert.Equal(Iso.D("2026-02-28"), outcome.Since);
    }

    [Fact]
    public void AbsoluteSince_DutyStartIsLatest_DutyStart()
    {
        var facts = new PersonFactsBuilder().Born(Iso.D("2020-11-30"))
            .LivesIn("0361", FactSource.Brp, D, settled: Iso.D("2022-05-01")).Build();

        var outcome = Reconciler.Reconcile(facts, TestRegion.Exporting, Iso.D("2026-01-10"));

        Assert.Equal(PupilStatus.AbsoluteAbsence, outcome.Status);
        Assert.Equal(Iso.D("2025-12-01"), outcome.Since);
    }

    [Fact]
    public void AbsoluteSince_SettledInGemeenteIsLatest_DatumVestiging()
    {
        var outcome = Reconcile(Child()
            .Enrolled(School, Iso.D("2025-08-18"), Iso.D("2026-01-09")).InRod(School, Iso.D("2025-08-18"), Iso.D("2026-01-09"))
            .LivesIn("0361", FactSource.Brp, D, settled: Iso.D("2026-02-02")));

        Assert.Equal(PupilStatus.AbsoluteAbsence, outcome.Status);
        Assert.Equal(Iso.D("2026-02-02"), outcome.Since);
        Assert.Equal("0361", outcome.Gemeente);
    }

    // 2024 is a leap year: an enrolment ending 28 February makes the pupil absent from 29 February.
    [Fact]
    public void AbsoluteSince_EnrolmentEndingBeforeLeapDay_Since29February()
    {
        var facts = Child().Enrolled(School, Iso.D("2023-08-21"), Iso.D("2024-02-28")).InRod(School, Iso.D("2023-08-21"), Iso.D("2024-02-28")).Build();

        var outcome = Reconciler.Reconcile(facts, TestRegion.Exporting, Iso.D("2024-03-28"));

        Assert.Equal(Iso.D("2024-02-29"), outcome.Since);
        Assert.Equal(DurationBand.UpTo4Weeks, outcome.Band);
    }
}

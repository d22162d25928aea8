using Thuiszitters.Gateway.Reconciliation;
using Thuiszitters.Gateway.Reconciliation.Rules;

namespace Thuiszitters.Gateway.Tests.Reconciliation.Rules;

public sealed class DutyTests
{
    [Theory]
    [InlineData("2020-03-01", "2025-04-01")]
    [InlineData("2020-03-15", "2025-04-01")]
    [InlineData("2020-03-31", "2025-04-01")]
    [InlineData("2020-01-31", "2025-02-01")]
    [InlineData("2019-12-31", "2025-01-01")]
    [InlineData("2020-02-29", "2025-03-01")]
    public void LeerplichtStart_FifthBirthday_FirstOfNextMonth(string born, string expected) =>
        Assert.Equal(Iso.D(expected), Duty.LeerplichtStart(Iso.D(born)));

    [Theory]
    [InlineData("2020-03-01", "2025-03-31", false)]
    [InlineData("2020-03-01", "2025-04-01", true)]
    [InlineData("2020-03-15", "2025-03-31", false)]
    [InlineData("2020-03-15", "2025-04-01", true)]
    [InlineData("2020-01-31", "2025-01-31", false)]
    [InlineData("2020-01-31", "2025-02-01", true)]
    [InlineData("2020-02-29", "2025-02-28", false)]
    [InlineData("2020-02-29", "2025-03-01", true)]
    public void HasDuty_AroundLeerplichtStart_StartsOnFirstOfMonthAfterFifthBirthday(string born, string day, bool expected) =>
        Assert.Equal(expected, Duty.HasDuty(Iso.D(born), null, Iso.D(day)));

    [Theory]
    [InlineData("2010-07-31", "2026-07-31")]
    [InlineData("2010-08-01", "2027-07-31")]
    [InlineData("2012-02-29", "2028-07-31")]
    public void LeerplichtEnd_SchoolYearOfSixteenthBirthday_EndsOn31July(string born, string expected) =>
        Assert.Equal(Iso.D(expected), Duty.LeerplichtEnd(Iso.D(born)));

    // A startkwalificatie obtained before 16 ends kwalificatieplicht only, so leerplicht's own end becomes visible.
    [Theory]
    [InlineData("2010-07-31", "2026-07-31", true)]
    [InlineData("2010-07-31", "2026-08-01", false)]
    [InlineData("2010-08-01", "2026-08-01", true)]
    [InlineData("2010-08-01", "2027-07-31", true)]
    [InlineData("2010-08-01", "2027-08-01", false)]
    public void HasDuty_DiplomaBeforeLeerplichtEnd_LeerplichtRunsTo31July(string born, string day, bool expected) =>
        Assert.Equal(expected, Duty.HasDuty(Iso.D(born), Iso.D("2026-06-15"), Iso.D(day)));

    [Theory]
    [InlineData("2008-05-20", "2026-05-19", true)]
    [InlineData("2008-05-20", "2026-05-20", false)]
    [InlineData("2008-02-29", "2026-02-27", true)]
    [InlineData("2008-02-29", "2026-02-28", false)]
    [InlineData("2010-02-28", "2028-02-27", true)]
    [InlineData("2010-02-28", "2028-02-28", false)]
    public void HasDuty_AroundEighteenthBirthday_KwalificatieplichtEndsTheDayBefore(string born, string day, bool expected) =>
        Assert.Equal(expected, Duty.HasDuty(Iso.D(born), null, Iso.D(day)));

    // Decision: a startkwalificatie ends kwalificatieplicht on the diploma date itself (no duty from that day on).
    [Theory]
    [InlineData("2025-07-09", true)]
    [InlineData("2025-07-10", false)]
    public void HasDuty_Startkwalificatie_NoDutyFromDiplomaDate(string day, bool expected) =>
        Assert.Equal(expected, Duty.HasDuty(Iso.D("2008-05-20"), Iso.D("2025-07-10"), Iso.D(day)));

    [Fact]
    public void Reconcile_DayBeforeDutyStarts_NoDuty()
    {
        var facts = new PersonFactsBuilder().Born(Iso.D("2020-03-15")).Build();

        var outcome = Reconciler.Reconcile(facts, TestRegion.Exporting, Iso.D("2025-03-31"));

        Assert.Equal(PupilStatus.NoDuty, outcome.Status);
        Assert.Null(outcome.Since);
        Assert.Empty(outcome.Conflicts);
    }

    [Fact]
    public void Reconcile_FirstDayOfDutyNotEnrolled_AbsoluteAbsenceSinceDutyStart()
    {
        var facts = new PersonFactsBuilder().Born(Iso.D("2020-03-15")).Build();

        var outcome = Reconciler.Reconcile(facts, TestRegion.Exporting, Iso.D("2025-04-01"));

        Assert.Equal(PupilStatus.AbsoluteAbsence, outcome.Status);
        Assert.Equal(Iso.D("2025-04-01"), outcome.Since);
        Assert.Equal(DurationBand.UpTo4Weeks, outcome.Band);
    }

    [Theory]
    [InlineData("2026-02-27", PupilStatus.AbsoluteAbsence)]
    [InlineData("2026-02-28", PupilStatus.NoDuty)]
    public void Reconcile_LeapDayBirthAtEighteen_DutyEndsBefore28February(string day, PupilStatus expected)
    {
        var facts = new PersonFactsBuilder().Born(Iso.D("2008-02-29")).Build();

        Assert.Equal(expected, Reconciler.Reconcile(facts, TestRegion.Exporting, Iso.D(day)).Status);
    }

    [Theory]
    [InlineData("2025-07-09", PupilStatus.AbsoluteAbsence)]
    [InlineData("2025-07-10", PupilStatus.NoDuty)]
    public void Reconcile_StartkwalificatieFromRod_EndsDutyOnDiplomaDate(string day, PupilStatus expected)
    {
        var facts = new PersonFactsBuilder().Born(Iso.D("2008-05-20")).Startkwalificatie(Iso.D("2025-07-10")).Build();

        Assert.Equal(expected, Reconciler.Reconcile(facts, TestRegion.Exporting, Iso.D(day)).Status);
    }
}

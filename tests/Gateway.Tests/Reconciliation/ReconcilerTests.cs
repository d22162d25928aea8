using Thuiszitters.Connectors;
using Thuiszitters.Gateway.Reconciliation;
using Thuiszitters.Gateway.Reconciliation.Facts;

namespace Thuiszitters.Gateway.Tests.Reconciliation;

/// <summary>The worked examples of spec/examples, rebuilt by hand as facts; every conflict code is judged.</summary>
public sealed class ReconcilerTests
{
    private static readonly DateOnly AsOf = Iso.D("2026-04-15");

    private static List<(ConflictCode, string?, string?, DateOnly?)> Judged(IEnumerable<PupilOutcome> outcomes) =>
        [.. outcomes.SelectMany(o => o.Conflicts).Select(c => (c.Code, c.Pgn, c.School, c.Date)).OrderBy(c => c.Pgn, StringComparer.Ordinal).ThenBy(c => c.Code)];

    private static PersonFactsBuilder Person(string pgn, string born, params string[] schools)
    {
        var builder = new PersonFactsBuilder(pgn).Born(Iso.D(born));
        foreach (var school in schools)
        {
            builder.Born(PartialDate.FromDate(Iso.D(born)), FactSource.School, school);
        }

        return builder.LivesIn("0361", FactSource.Rod, AsOf);
    }

    [Fact]
    public void Reconcile_Example1Moves_AsExpected()
    {
        var region = TestRegion.Of(rod: ["05KO00", "40XY00", "12AB01"], exporting: ["05KO00", "12AB01"]);
        var moved = Person("200033311", "2013-05-20", "05KO00", "12AB01")
            .Enrolled("05KO00", Iso.D("2025-08-18"), Iso.D("2026-03-27")).Enrolled("12AB01", Iso.D("2026-03-28"))
            .InRod("05KO00", Iso.D("2025-08-18"), Iso.D("2026-03-27")).InRod("12AB01", Iso.D("2026-03-28"));
        var left = Person("200033347", "2013-05-20", "05KO00")
            .Enrolled("05KO00", Iso.D("2025-08-18"), Iso.D("2026-03-20")).InRod("05KO00", Iso.D("2025-08-18"), Iso.D("2026-03-20"));
        var elsewhere = Person("200033384", "2013-05-20").InRod("40XY00", Iso.D("2025-08-18"));

        var outcomes = new[] { moved, left, elsewhere }.Select(b => Reconciler.Reconcile(b.Build(), region, AsOf)).ToList();

        Assert.Equal(PupilStatus.Attending, outcomes[0].Status);
        Assert.Equal(["12AB01"], outcomes[0].Schools);
        Assert.Equal(PupilStatus.AbsoluteAbsence, outcomes[1].Status);
        Assert.Equal(Iso.D("2026-03-21"), outcomes[1].Since);
        Assert.Equal(DurationBand.UpTo4Weeks, outcomes[1].Band);
        Assert.Equal("0361", outcomes[1].Gemeente);
        Assert.Equal(PupilStatus.Attending, outcomes[2].Status);
        Assert.Equal([(ConflictCode.UnenrolledWithoutNewSchool, "200033347", "05KO00", Iso.D("2026-03-20"))], Judged(outcomes));
    }

    [Fact]
    public void Reconcile_Example2Absence_AsExpected()
    {
        const string school = "05KO00";
        var region = TestRegion.Of(rod: [school], exporting: [school]);
        var began = Iso.D("2022-08-22");
        var noPlan = Person("200035150", "2010-10-01", school).Enrolled(school, began).InRod(school, began)
            .AbsentWeekdays(school, Iso.D("2026-02-02"), AsOf, 6)
            .Reported(school, "LRV", Iso.D("2026-03-02"), null, 'B');
        var withPlan = Person("200035198", "2010-10-01", school).Enrolled(school, began).InRod(school, began)
            .AbsentWeekdays(school, Iso.D("2026-03-02"), AsOf, 6)
            .Reported(school, "16U", Iso.D("2026-03-02"), Iso.D("2026-03-05"), 'A')
            .Registered(school, Iso.D("2026-03-02"), plan: true, regiehouder: "Leerplicht Heerhugowaard", gemeldOp: Iso.D("2026-03-09"));
        var atRisk = Person("200035228", "2010-10-01", school).Enrolled(school, began).InRod(school, began)
            .AbsentDaily(school, Iso.D("2026-04-13"), AsOf, 4);
        var exempt = Person("200035265", "2010-10-01").Exempt("5A", Iso.D("2025-08-01"), Iso.D("2026-07-31"));

        var outcomes = new[] { noPlan, withPlan, atRisk, exempt }.Select(b => Reconciler.Reconcile(b.Build(), region, AsOf)).ToList();

        Assert.Equal((PupilStatus.LongTermAbsence, Iso.D("2026-02-02"), DurationBand.From4WeeksTo3Months), (outcomes[0].Status, outcomes[0].Since, outcomes[0].Band));
        Assert.Equal((PupilStatus.LongTermAbsence, Iso.D("2026-03-02"), DurationBand.From4WeeksTo3Months), (outcomes[1].Status, outcomes[1].Since, outcomes[1].Band));
        Assert.Equal(PupilStatus.AtRisk, outcomes[2].Status);
        Assert.Equal(Iso.D("2026-04-13"), outcomes[2].Since);
        Assert.Equal((PupilStatus.Exempt, Iso.D("2025-08-01"), (DurationBand?)null), (outcomes[3].Status, outcomes[3].Since, outcomes[3].Band));
        Assert.Equal(
            [
                (ConflictCode.AbsenceNotReported, "200035150", school, Iso.D("2026-02-04")),
                (ConflictCode.NoPlan, "200035150", school, null),
                (ConflictCode.AbsenceNotReported, "200035198", school, Iso.D("2026-04-02")),
                (ConflictCode.Overdue, "200035198", school, Iso.D("2026-03-09")),
            ],
            Judged(outcomes));
    }

    [Fact]
    public void Reconcile_Example3IdentityLinkedByKop_AttendingWithoutConflicts()
    {
        var region = TestRegion.Of(rod: ["12AB01"], exporting: ["12AB01"]);
        var facts = Person("200036634", "2014-02-14", "12AB01")
            .Enrolled("12AB01", Iso.D("2024-08-19")).InRod("12AB01", Iso.D("2024-08-19")).Build();

        var outcome = Reconciler.Reconcile(facts, region, AsOf);

        Assert.Equal(PupilStatus.Attending, outcome.Status);
        Assert.Equal(["12AB01"], outcome.Schools);
        Assert.Empty(outcome.Conflicts);
    }
}

using System.Globalization;
using Thuiszitters.Generator;
using Thuiszitters.Generator.Cases;
using Thuiszitters.Generator.Model;

namespace Thuiszitters.Gateway.Tests.Generator;

/// <summary>
/// The hand-written expectations of every background pupil and planted scenario must agree with an
/// independent reading of the rules (<see cref="ReferenceReconciler"/>), for several seeds and as-of
/// dates (a Monday, a Wednesday, a Friday, early January, the end of July).
/// </summary>
public sealed class GroundTruthCrossCheckTests
{
    [Theory]
    [InlineData(42, "2026-04-15")]
    [InlineData(7, "2026-01-05")]
    [InlineData(2024, "2026-07-31")]
    [InlineData(99, "2027-03-01")]
    public void Build_EveryCase_AgreesWithReferenceReconciler(int seed, string asOfText)
    {
        var asOf = DateOnly.Parse(asOfText, CultureInfo.InvariantCulture);
        var setup = new RegionSetup(new GeneratorOptions("unused", 6_000, 40, 5, seed, asOf, "VO2203"));
        var factory = new CaseFactory(setup);
        var reference = new ReferenceReconciler(asOf);
        var expectedPupils = new Dictionary<string, ExpectedPupil>(StringComparer.Ordinal);
        var expectedConflicts = new HashSet<ExpectedConflict>();
        var scenarioOf = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var index = 0; index < setup.Options.Pupils; index++)
        {
            var c = factory.Build(index);
            reference.Add(c);
            foreach (var p in c.ExpectedPupils)
            {
                expectedPupils.Add(p.Pgn, p);
                scenarioOf[p.Pgn] = c.Scenario;
            }

            foreach (var conflict in c.ExpectedConflicts)
            {
                expectedConflicts.Add(conflict);
                scenarioOf.TryAdd(conflict.Pgn, c.Scenario);
            }
        }

        var (pupils, conflicts) = reference.Reconcile();

        var differences = new List<string>();
        foreach (var (pgn, expected) in expectedPupils)
        {
            if (!pupils.TryGetValue(pgn, out var actual) || actual != expected)
            {
                differences.Add($"{scenarioOf[pgn]}: ground truth {expected}, reference {actual}");
            }
        }

        differences.AddRange(pupils.Keys.Where(k => !expectedPupils.ContainsKey(k)).Select(k => $"reference knows {pupils[k]}, ground truth does not"));
        differences.AddRange(expectedConflicts.Except(conflicts).Select(c => $"{scenarioOf.GetValueOrDefault(c.Pgn)}: only in ground truth {c}"));
        differences.AddRange(conflicts.Except(expectedConflicts).Select(c => $"{scenarioOf.GetValueOrDefault(c.Pgn)}: only in reference {c}"));
        Assert.True(differences.Count == 0, string.Join(Environment.NewLine, differences.Take(40)));
    }
}

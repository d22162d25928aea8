using Thuiszitters.Gateway.Reconciliation.Facts;
using Thuiszitters.Gateway.Reconciliation.Rules;

namespace Thuiszitters.Gateway.Reconciliation;

/// <summary>
/// The heart of the register: a pure function of (facts, date). For one person it gives exactly one status with its
/// since date and band, the schools enrolling the pupil, the woongemeente, and every per-person conflict.
/// Cross-person conflicts (POSSIBLE_DUPLICATE_PERSON, INVALID_IDENTIFIER) come from <see cref="Identity.IdentityResolver"/>.
/// </summary>
public static class Reconciler
{
    /// <summary>The conflicts of the person being reconciled on this thread, gathered before they are copied out.</summary>
    [ThreadStatic]
    private static List<ConflictFinding>? found;

    public static PupilOutcome Reconcile(PersonFacts facts, RegionFacts region, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(region);
        var pupil = new PupilContext(facts, region, day);
        var (status, since, band) = StatusRule.Evaluate(pupil);
        var pgn = facts.Pgn;
        var conflicts = found ??= [];
        conflicts.Clear();
        EnrolmentConflicts.Find(pupil, pgn, conflicts);
        RodConflicts.Find(pupil, pgn, conflicts);
        AbsenceConflicts.Find(pupil, pgn, conflicts);
        ReportConflicts.Find(pupil, pgn, conflicts);
        IdentityConflicts.Find(facts, pgn, conflicts);
        CaseConflicts.Find(pupil, pgn, status, conflicts);
        var gemeente = Residence.Current(facts.Residences, day)?.Gemeente;
        return new PupilOutcome(pgn, facts.SourceKey, status, since, band, gemeente, Schools(pupil.Effective, day), Distinct(conflicts, facts.SourceKey))
        {
            FactsHash = facts.FactsHash,
        };
    }

    /// <summary>The schools enrolling the pupil on the day, distinct and in ordinal order.</summary>
    private static string[] Schools(IReadOnlyList<EnrolmentFact> effective, DateOnly day)
    {
        string? only = null;
        var count = 0;
        for (var i = 0; i < effective.Count; i++)
        {
            if (effective[i].Covers(day) && (count == 0 || !string.Equals(effective[i].School, only, StringComparison.Ordinal)))
            {
                only ??= effective[i].School;
                count++;
            }
        }

        return count switch
        {
            0 => [],
            1 => [only!],
            _ => [.. effective.Where(e => e.Covers(day)).Select(e => e.School).Distinct().Order(StringComparer.Ordinal)],
        };
    }

    /// <summary>The conflicts with the person's source key, the first of each identity.</summary>
    private static ConflictFinding[] Distinct(List<ConflictFinding> conflicts, string? sourceKey)
    {
        if (conflicts.Count == 0)
        {
            return [];
        }

        var keyed = sourceKey is null ? conflicts : conflicts.Select(c => c with { SourceKey = sourceKey });
        return conflicts.Count == 1 ? [.. keyed] : [.. keyed.DistinctBy(c => c.Identity)];
    }
}

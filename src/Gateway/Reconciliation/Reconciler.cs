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
    public static PupilOutcome Reconcile(PersonFacts facts, RegionFacts region, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(region);
        var pupil = new PupilContext(facts, region, day);
        var (status, since, band) = StatusRule.Evaluate(pupil);
        var pgn = facts.Pgn;
        var conflicts = EnrolmentConflicts.Find(pupil, pgn)
            .Concat(RodConflicts.Find(pupil, pgn))
            .Concat(AbsenceConflicts.Find(pupil, pgn))
            .Concat(ReportConflicts.Find(pupil, pgn))
            .Concat(IdentityConflicts.Find(facts, pgn))
            .Concat(CaseConflicts.Find(pupil, pgn, status))
            .Select(c => facts.SourceKey is null ? c : c with { SourceKey = facts.SourceKey })
            .DistinctBy(c => c.Identity)
            .ToList();
        var schools = pupil.Effective.Where(e => e.Covers(day)).Select(e => e.School).Distinct().Order(StringComparer.Ordinal).ToList();
        var gemeente = Residence.Current(facts.Residences, day)?.Gemeente;
        return new PupilOutcome(pgn, facts.SourceKey, status, since, band, gemeente, schools, conflicts);
    }
}

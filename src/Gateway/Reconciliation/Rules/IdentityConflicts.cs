using Thuiszitters.Gateway.Reconciliation.Facts;

namespace Thuiszitters.Gateway.Reconciliation.Rules;

/// <summary>
/// IDENTITY_MISMATCH: the same PGN carries different birth dates across sources (only the known parts are compared).
/// Anchored at each school whose record differs from ROD; a difference that involves no school record against ROD is
/// anchored at no school.
/// </summary>
public static class IdentityConflicts
{
    public static IEnumerable<ConflictFinding> Find(PersonFacts facts, string? pgn)
    {
        var dates = facts.BirthDates;
        var rod = dates.Where(d => d.Source == FactSource.Rod).ToList();
        var anchors = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var other in dates.Where(d => d.Source != FactSource.Rod && d.School is not null))
        {
            if (rod.Any(r => !r.Date.AgreesWith(other.Date)))
            {
                anchors.Add(other.School!);
            }
        }

        // Any disagreement counts, also between sources that each agree with a partial ROD date (ROD knows only the year).
        var unanchored = dates.Any(a => dates.Any(b => !a.Date.AgreesWith(b.Date)));

        foreach (var school in anchors)
        {
            yield return new ConflictFinding(ConflictCode.IdentityMismatch, pgn, school, null, ActingParty.School, null, "geboortedatum wijkt af van ROD");
        }

        if (unanchored && anchors.Count == 0)
        {
            yield return new ConflictFinding(ConflictCode.IdentityMismatch, pgn, null, null, ActingParty.School, null, "geboortedatum verschilt tussen bronnen");
        }
    }
}

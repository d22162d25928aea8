using Thuiszitters.Gateway.Reconciliation.Facts;

namespace Thuiszitters.Gateway.Reconciliation.Rules;

/// <summary>
/// IDENTITY_MISMATCH: the same PGN carries different birth dates across sources (only the known parts are compared).
/// Anchored at each school whose record differs from ROD; a difference that involves no school record against ROD is
/// anchored at no school.
/// </summary>
public static class IdentityConflicts
{
    /// <summary>Adds the conflicts found to <paramref name="found"/>.</summary>
    public static void Find(PersonFacts facts, string? pgn, List<ConflictFinding> found)
    {
        var dates = facts.BirthDates;
        SortedSet<string>? anchors = null;
        for (var i = 0; i < dates.Count; i++)
        {
            var other = dates[i];
            if (other.Source == FactSource.Rod || other.School is null)
            {
                continue;
            }

            for (var j = 0; j < dates.Count; j++)
            {
                if (dates[j].Source == FactSource.Rod && !dates[j].Date.AgreesWith(other.Date))
                {
                    (anchors ??= new SortedSet<string>(StringComparer.Ordinal)).Add(other.School);
                    break;
                }
            }
        }

        if (anchors is not null)
        {
            foreach (var school in anchors)
            {
                found.Add(new ConflictFinding(ConflictCode.IdentityMismatch, pgn, school, null, ActingParty.School, null, "geboortedatum wijkt af van ROD"));
            }

            return;
        }

        // Any disagreement counts, also between sources that each agree with a partial ROD date (ROD knows only the year).
        for (var i = 0; i < dates.Count; i++)
        {
            for (var j = 0; j < dates.Count; j++)
            {
                if (!dates[i].Date.AgreesWith(dates[j].Date))
                {
                    found.Add(new ConflictFinding(ConflictCode.IdentityMismatch, pgn, null, null, ActingParty.School, null, "geboortedatum verschilt tussen bronnen"));
                    return;
                }
            }
        }
    }
}

using Thuiszitters.Gateway.Reconciliation.Facts;

namespace Thuiszitters.Gateway.Reconciliation.Rules;

/// <summary>
/// Leerplicht and kwalificatieplicht (DOMAIN.md "Duty"). A birthday on 29 February falls on 28 February in other years.
/// </summary>
public static class Duty
{
    /// <summary>The 1st day of the month after the 5th birthday.</summary>
    public static DateOnly LeerplichtStart(DateOnly birth)
    {
        var fifth = birth.AddYears(5);
        return new DateOnly(fifth.Year, fifth.Month, 1).AddMonths(1);
    }

    /// <summary>31 July of the school year (1 Aug - 31 Jul) in which the child turns 16.</summary>
    public static DateOnly LeerplichtEnd(DateOnly birth)
    {
        var sixteenth = birth.AddYears(16);
        return new DateOnly(sixteenth.Month >= 8 ? sixteenth.Year + 1 : sixteenth.Year, 7, 31);
    }

    /// <summary>The last day of kwalificatieplicht without a startkwalificatie: the day before the 18th birthday.</summary>
    public static DateOnly KwalificatieplichtEnd(DateOnly birth) => birth.AddYears(18).AddDays(-1);

    /// <summary>Whether the person must be at school on <paramref name="day"/>.</summary>
    public static bool HasDuty(DateOnly birth, DateOnly? startkwalificatie, DateOnly day)
    {
        if (day < LeerplichtStart(birth))
        {
            return false;
        }

        if (day <= LeerplichtEnd(birth))
        {
            return true;
        }

        return day <= KwalificatieplichtEnd(birth) && (startkwalificatie is null || day < startkwalificatie);
    }

    /// <summary>
    /// The birth date the rules use: ROD first, then BRP, then the schools; a complete date before a partial one.
    /// A partial date counts from the first day of what is known (1 January, or the 1st of the month).
    /// </summary>
    public static DateOnly? BirthDate(IReadOnlyList<BirthDateFact> facts)
    {
        BirthDateFact? best = null;
        foreach (var fact in facts)
        {
            if (best is null || Rank(fact) < Rank(best) || (Rank(fact) == Rank(best) && Later(fact, best)))
            {
                best = fact;
            }
        }

        return best is null ? null : new DateOnly(best.Date.Year, best.Date.Month ?? 1, best.Date.Day ?? 1);
    }

    /// <summary>Between two statements of equal rank the most recent delivery wins, so the choice never depends on read order.</summary>
    private static bool Later(BirthDateFact a, BirthDateFact b) =>
        (a.Provenance.DeliveryId, a.Provenance.Line).CompareTo((b.Provenance.DeliveryId, b.Provenance.Line)) > 0;

    private static int Rank(BirthDateFact fact) =>
        (fact.Date.IsComplete ? 0 : 10) + fact.Source switch
        {
            FactSource.Rod => 0,
            FactSource.Brp => 1,
            _ => 2,
        };
}

using Thuiszitters.Gateway.Reconciliation.Facts;

namespace Thuiszitters.Gateway.Reconciliation.Rules;

/// <summary>
/// The latest woongemeente. Precedence: the BRP extract of a gemeente the child lives in on the date (the latest
/// settlement first), then ROD, then the schools, and last a BRP gemeente the child has left; within one source the
/// most recent statement wins.
/// </summary>
public static class Residence
{
    public static ResidenceFact? Current(IReadOnlyList<ResidenceFact> residences, DateOnly day)
    {
        ResidenceFact? brp = null;
        ResidenceFact? any = null;
        for (var i = 0; i < residences.Count; i++)
        {
            var r = residences[i];
            if (r.Source == FactSource.Brp && (r.Settled is null || r.Settled <= day) && (r.Departed is null || r.Departed > day)
                && (brp is null || Newer(r, brp) > 0))
            {
                brp = r;
            }

            if (any is null || SourceRank(r) < SourceRank(any) || (SourceRank(r) == SourceRank(any) && Newer(r, any) > 0))
            {
                any = r;
            }
        }

        return brp ?? any;
    }

    private static int SourceRank(ResidenceFact r) => r.Source switch { FactSource.Rod => 0, FactSource.School => 1, _ => 2 };

    /// <summary>Which statement is more recent: settled later, then stated later, then delivered later; 0 for a tie (the first read wins).</summary>
    private static int Newer(ResidenceFact a, ResidenceFact b)
    {
        var order = (a.Settled ?? DateOnly.MinValue).CompareTo(b.Settled ?? DateOnly.MinValue);
        if (order == 0)
        {
            order = a.KnownOn.CompareTo(b.KnownOn);
        }

        if (order == 0)
        {
            order = a.Provenance.DeliveryId.CompareTo(b.Provenance.DeliveryId);
        }

        return order != 0 ? order : a.Provenance.Line.CompareTo(b.Provenance.Line);
    }
}

using Thuiszitters.Gateway.Reconciliation.Facts;

namespace Thuiszitters.Gateway.Reconciliation.Rules;

/// <summary>
/// The latest woongemeente. Precedence: the BRP extract of a gemeente the child lives in on the date (the latest
/// settlement first), then ROD, then the schools; within one source the most recent statement wins.
/// </summary>
public static class Residence
{
    public static ResidenceFact? Current(IReadOnlyList<ResidenceFact> residences, DateOnly day)
    {
        var brp = residences
            .Where(r => r.Source == FactSource.Brp && (r.Settled is null || r.Settled <= day) && (r.Departed is null || r.Departed > day))
            .OrderByDescending(r => r.Settled ?? DateOnly.MinValue)
            .ThenByDescending(r => r.KnownOn)
            .ThenByDescending(r => r.Provenance.DeliveryId)
            .ThenByDescending(r => r.Provenance.Line)
            .FirstOrDefault();
        if (brp is not null)
        {
            return brp;
        }

        return residences
            .Where(r => r.Source != FactSource.Brp)
            .OrderBy(r => r.Source == FactSource.Rod ? 0 : 1)
            .ThenByDescending(r => r.KnownOn)
            .ThenByDescending(r => r.Provenance.DeliveryId)
            .ThenByDescending(r => r.Provenance.Line)
            .FirstOrDefault();
    }
}

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
            .OrderBy(r => r.Source switch { FactSource.Rod => 0, FactSource.School => 1, _ => 2 })
            .ThenByDescending(r => r.Settled ?? DateOnly.MinValue)
            .ThenByDescending(r => r.KnownOn)
            .ThenByDescending(r => r.Provenance.DeliveryId)
            .ThenByDescending(r => r.Provenance.Line)
            .FirstOrDefault();
    }
}

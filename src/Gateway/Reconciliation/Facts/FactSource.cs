namespace Thuiszitters.Gateway.Reconciliation.Facts;

/// <summary>Where a fact came from. Precedence for person attributes: ROD, then BRP, then the school.</summary>
public enum FactSource
{
    School,
    Rod,
    Brp,
}

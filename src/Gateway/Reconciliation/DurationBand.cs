namespace Thuiszitters.Gateway.Reconciliation;

/// <summary>Duration bands: up to 4 weeks (absolute absence only), 4 weeks to 3 months, more than 3 months.</summary>
public enum DurationBand
{
    UpTo4Weeks,
    From4WeeksTo3Months,
    Over3Months,
}

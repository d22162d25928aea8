namespace Thuiszitters.Gateway.Security;

/// <summary>
/// Who takes part in a gemeente's 8-weekly overleg (DOMAIN.md: leerplicht and the SWV agree who acts on each case): that
/// gemeente's leerplicht and the SWV staff. Anyone else gets the answer an unknown overview gets.
/// </summary>
internal static class OverlegScope
{
    public static bool MayHold(Caller caller, string gemeente) => caller.Role switch
    {
        CallerRole.Swv => true,
        CallerRole.Leerplicht => caller.Organisation == gemeente,
        _ => false,
    };
}

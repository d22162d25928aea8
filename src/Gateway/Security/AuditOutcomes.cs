namespace Thuiszitters.Gateway.Security;

/// <summary>The outcomes an audit row records.</summary>
internal static class AuditOutcomes
{
    public const string Allowed = "ALLOWED";
    public const string Refused = "REFUSED";
}

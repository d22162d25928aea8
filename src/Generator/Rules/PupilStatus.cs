namespace Thuiszitters.Generator.Rules;

/// <summary>The six statuses of DOMAIN.md, in rule order (first match wins).</summary>
internal static class PupilStatus
{
    public const string NoDuty = "NO_DUTY";
    public const string Exempt = "EXEMPT";
    public const string AbsoluteAbsence = "ABSOLUTE_ABSENCE";
    public const string LongTermAbsence = "LONG_TERM_ABSENCE";
    public const string AtRisk = "AT_RISK";
    public const string Attending = "ATTENDING";

    public static readonly IReadOnlyList<string> All =
        [NoDuty, Exempt, AbsoluteAbsence, LongTermAbsence, AtRisk, Attending];

    /// <summary>Whether the ground truth carries a since date for the status (SNAPSHOT.md).</summary>
    public static bool HasSince(string status) => status is Exempt or AbsoluteAbsence or LongTermAbsence or AtRisk;
}

namespace Thuiszitters.Gateway.Cases;

/// <summary>
/// The counts kept per day (<c>count_history</c>) and shown on the counts page, by the definitions of DOMAIN.md: the
/// statuses, thuiszitters (absolute and long-term relative absence), vrijstellingen 5A and 5B covering the day, and
/// verlof 11g of more than four weeks (a stretch of VERLOF_11G days, at most 3 days apart, in the school year up to the
/// day, spanning more than 28 days).
/// </summary>
internal static class CountMetrics
{
    public const string Thuiszitters = "THUISZITTERS";
    public const string AbsoluteAbsence = "ABSOLUTE_ABSENCE";
    public const string LongTermAbsence = "LONG_TERM_ABSENCE";
    public const string AtRisk = "AT_RISK";
    public const string Exempt = "EXEMPT";
    public const string Exemption5A = "VRIJSTELLING_5A";
    public const string Exemption5B = "VRIJSTELLING_5B";
    public const string Leave11G = "VERLOF_11G_GT_4W";

    public static readonly string[] All = [Thuiszitters, AbsoluteAbsence, LongTermAbsence, AtRisk, Exempt, Exemption5A, Exemption5B, Leave11G];

    /// <summary>The statuses that make a case in the quarterly count.</summary>
    public const string CaseStatuses = "('EXEMPT','ABSOLUTE_ABSENCE','LONG_TERM_ABSENCE','AT_RISK')";

    /// <summary>Dutch labels for the page and the CSV.</summary>
    public static readonly IReadOnlyDictionary<string, string> Labels = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Thuiszitters] = "Thuiszitters (absoluut en langdurig relatief verzuim)",
        [AbsoluteAbsence] = "Absoluut verzuim",
        [LongTermAbsence] = "Langdurig relatief verzuim",
        [AtRisk] = "Risico op verzuim",
        [Exempt] = "Vrijgesteld",
        [Exemption5A] = "Vrijstelling artikel 5 onder a",
        [Exemption5B] = "Vrijstelling artikel 5 onder b",
        [Leave11G] = "Verlof artikel 11 onder g langer dan 4 weken",
    };
}

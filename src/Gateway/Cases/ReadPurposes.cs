namespace Thuiszitters.Gateway.Cases;

/// <summary>Why a person opens a pupil's page: chosen on the page, written to the audit log with an optional note.</summary>
internal static class ReadPurposes
{
    /// <summary>Code and the Dutch text the page shows and the audit log keeps.</summary>
    public static readonly IReadOnlyDictionary<string, string> All = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["CASUSOVERLEG"] = "voorbereiding casusoverleg",
        ["VERZUIMMELDING"] = "behandeling verzuimmelding",
        ["HUISBEZOEK"] = "huisbezoek of gesprek met ouders",
        ["CONFLICT"] = "oplossen van een conflict tussen bronnen",
        ["PLAN"] = "plan van aanpak of regie afstemmen",
        ["CONTROLE"] = "controle van de registratie",
    };

    public const int MaxNoteLength = 200;

    /// <summary>The audit log's purpose text: the purpose's description, then the note when given.</summary>
    public static string AuditText(string code, string? note) =>
        note is null ? All[code] : All[code] + ": " + note;
}

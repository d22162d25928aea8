namespace Thuiszitters.Gateway.Cases;

/// <summary>Dutch words for the codes in the counts' CSV files.</summary>
internal static class CountLabels
{
    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        ["TOTAAL"] = "Totaal casussen",
        ["ABSOLUTE_ABSENCE"] = "Absoluut verzuim",
        ["LONG_TERM_ABSENCE"] = "Langdurig relatief verzuim",
        ["AT_RISK"] = "Risico op verzuim",
        ["EXEMPT"] = "Vrijgesteld",
        ["THUISZITTERS"] = "Thuiszitters",
        ["LT_4W"] = "Tot 4 weken",
        ["4W_3M"] = "4 weken tot 3 maanden",
        ["GT_3M"] = "Langer dan 3 maanden",
        ["GEEN"] = "Geen duur",
        ["REGIO"] = "Regio",
        ["GEMEENTE"] = "Gemeente",
        ["SCHOOL"] = "School",
        ["PSYCHISCH"] = "Psychisch",
        ["LICHAMELIJK"] = "Lichamelijk",
        ["GEDRAG"] = "Gedrag",
        ["SCHOOLANGST"] = "Schoolangst",
        ["ONDERWIJSAANBOD"] = "Onderwijsaanbod",
        ["GEZIN"] = "Gezin",
        ["ONBEKEND"] = "Onbekend",
    };

    public static string Of(string key) => Words.TryGetValue(key, out var word) ? word : key;
}

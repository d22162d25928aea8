using Thuiszitters.Connectors;

namespace Thuiszitters.Gateway.Reconciliation.Identity;

/// <summary>
/// <see cref="NameKey"/> with a bounded memo: surnames and first names repeat across millions of records, and folding
/// (Unicode normalisation) is the expensive part. One instance per thread.
/// </summary>
internal sealed class NameFolder
{
    private const int MaxEntries = 200_000;
    private readonly Dictionary<(string?, string?), string> surnames = [];
    private readonly Dictionary<(string?, string?), string> initials = [];

    public NameIndexKey? IndexKey(PartialDate? birth, string? voorvoegsel, string? achternaam)
    {
        if (birth is not { Month: { } month, Day: { } day } date)
        {
            return null;
        }

        var surname = Surname(voorvoegsel, achternaam);
        return surname.Length == 0 ? null : new NameIndexKey(date.Year, month, day, surname);
    }

    public string Surname(string? voorvoegsel, string? achternaam) =>
        Memo(surnames, (voorvoegsel, achternaam), static k => NameKey.Surname(k.Item1, k.Item2));

    public string Initials(string? voorletters, string? voornamen) =>
        Memo(initials, (voorletters, voornamen), static k => NameKey.Initials(k.Item1, k.Item2));

    private static string Memo(Dictionary<(string?, string?), string> memo, (string?, string?) key, Func<(string?, string?), string> compute)
    {
        if (memo.TryGetValue(key, out var value))
        {
            return value;
        }

        if (memo.Count >= MaxEntries)
        {
            memo.Clear();
        }

        value = compute(key);
        memo[key] = value;
        return value;
    }
}

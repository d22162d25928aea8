namespace Thuiszitters.Gateway.Reconciliation.Identity;

/// <summary>
/// One person per PGN. A BSN and an onderwijsnummer that DUO linked (KOP) are one person and the BSN wins. A record
/// without a valid PGN joins a person only where birth date, surname and initials point to exactly one; otherwise it is
/// held as a person of its own (pgn null), never merged into someone else.
/// </summary>
public sealed class IdentityResolver
{
    private readonly IReadOnlyDictionary<string, string> _links;
    private readonly Dictionary<string, List<IdentityClaim>> _byPerson = new(StringComparer.Ordinal);
    private readonly List<IdentityClaim> _withoutPgn = [];

    /// <param name="links">KOP links: onderwijsnummer to BSN.</param>
    public IdentityResolver(IReadOnlyDictionary<string, string> links) => _links = links;

    /// <summary>The person key of a record with a PGN: its BSN, the BSN DUO linked to its onderwijsnummer, or the onderwijsnummer.</summary>
    public string? KeyOf(string? bsn, string? onderwijsnummer)
    {
        if (!string.IsNullOrEmpty(bsn))
        {
            return bsn;
        }

        if (string.IsNullOrEmpty(onderwijsnummer))
        {
            return null;
        }

        return _links.TryGetValue(onderwijsnummer, out var linked) ? linked : onderwijsnummer;
    }

    public void Add(IdentityClaim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        if (KeyOf(claim.Bsn, claim.Onderwijsnummer) is { } key)
        {
            if (!_byPerson.TryGetValue(key, out var claims))
            {
                _byPerson[key] = claims = [];
            }

            claims.Add(claim);
        }
        else
        {
            _withoutPgn.Add(claim);
        }
    }

    /// <summary>
    /// For every record without a valid PGN, the person key it joins: the one person whose birth date, surname and
    /// initials agree, or null when none or several do (the record is then held under its own source key).
    /// </summary>
    public IReadOnlyDictionary<string, string?> MatchWithoutPgn()
    {
        var index = BuildIndex();
        var result = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var claim in _withoutPgn)
        {
            var candidates = Candidates(index, claim).Distinct(StringComparer.Ordinal).Take(2).ToList();
            result[claim.SourceKey] = candidates.Count == 1 ? candidates[0] : null;
        }

        return result;
    }

    /// <summary>POSSIBLE_DUPLICATE_PERSON: a BSN person and an unlinked onderwijsnummer person who look alike.</summary>
    public IEnumerable<ConflictFinding> PossibleDuplicates()
    {
        var index = BuildIndex();
        var found = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (key, claims) in _byPerson)
        {
            if (!key.StartsWith("10", StringComparison.Ordinal) || _links.ContainsKey(key) || claims.Any(c => !string.IsNullOrEmpty(c.Bsn)))
            {
                continue;
            }

            foreach (var claim in claims)
            {
                foreach (var other in Candidates(index, claim))
                {
                    if (_byPerson[other].Any(c => !string.IsNullOrEmpty(c.Bsn)) && !IsOnderwijsnummerPerson(other))
                    {
                        found.Add(other);
                    }
                }
            }
        }

        // One conflict per BSN person: its identity (code, BSN, no school, no date) is the same whichever onderwijsnummer looks alike.
        foreach (var bsn in found)
        {
            yield return new ConflictFinding(
                ConflictCode.PossibleDuplicatePerson, bsn, null, null, ActingParty.Leerplicht, null,
                "mogelijk dezelfde persoon als een onderwijsnummer: DUO vragen te koppelen");
        }
    }

    /// <summary>The comparable identities of every person with a PGN, one per distinct (birth date, surname).</summary>
    public IReadOnlyList<PersonNameKey> NameKeys()
    {
        var keys = new HashSet<PersonNameKey>();
        foreach (var (person, claims) in _byPerson)
        {
            foreach (var claim in claims)
            {
                if (IndexKey(claim) is { } k)
                {
                    keys.Add(new PersonNameKey(person, k.Item1, k.Item2, k.Item3, k.Item4));
                }
            }
        }

        return [.. keys];
    }

    /// <summary>The comparable identities of the records without a PGN (they are matched on these).</summary>
    public IReadOnlyList<PersonNameKey> UnidentifiedNameKeys() =>
        [.. _withoutPgn.Select(c => IndexKey(c) is { } k ? new PersonNameKey(c.SourceKey, k.Item1, k.Item2, k.Item3, k.Item4) : (PersonNameKey?)null)
            .OfType<PersonNameKey>().Distinct()];

    private bool IsOnderwijsnummerPerson(string key) => _byPerson[key].All(c => string.IsNullOrEmpty(c.Bsn));

    private Dictionary<(int, int, int, string), List<(string Key, string Initials)>> BuildIndex()
    {
        var index = new Dictionary<(int, int, int, string), List<(string, string)>>();
        foreach (var (key, claims) in _byPerson)
        {
            foreach (var claim in claims)
            {
                if (IndexKey(claim) is { } k)
                {
                    if (!index.TryGetValue(k, out var list))
                    {
                        index[k] = list = [];
                    }

                    list.Add((key, NameKey.Initials(claim.Voorletters, claim.Voornamen)));
                }
            }
        }

        return index;
    }

    private static IEnumerable<string> Candidates(Dictionary<(int, int, int, string), List<(string Key, string Initials)>> index, IdentityClaim claim)
    {
        if (IndexKey(claim) is not { } k || !index.TryGetValue(k, out var list))
        {
            yield break;
        }

        var initials = NameKey.Initials(claim.Voorletters, claim.Voornamen);
        foreach (var (key, other) in list)
        {
            if (NameKey.InitialsAgree(initials, other))
            {
                yield return key;
            }
        }
    }

    private static (int, int, int, string)? IndexKey(IdentityClaim claim)
    {
        if (claim.Birth is not { Month: { } month, Day: { } day } birth)
        {
            return null;
        }

        var surname = NameKey.Surname(claim.Voorvoegsel, claim.Achternaam);
        return surname.Length == 0 ? null : (birth.Year, month, day, surname);
    }
}

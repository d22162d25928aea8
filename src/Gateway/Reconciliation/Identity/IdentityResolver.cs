namespace Thuiszitters.Gateway.Reconciliation.Identity;

/// <summary>
/// One person per PGN. A BSN and an onderwijsnummer that DUO linked (KOP) are one person and the BSN wins. A record
/// without a valid PGN joins a person only where birth date, surname and initials point to exactly one; otherwise it is
/// held as a person of its own (pgn null), never merged into someone else.
/// </summary>
/// <remarks>
/// Only the comparable form of each record is kept (folded surname, birth date, initials, whether it carries the BSN),
/// so the register loader can feed it just the records that can matter (see <see cref="AddName"/>).
/// </remarks>
public sealed class IdentityResolver
{
    private readonly IReadOnlyDictionary<string, string> _links;
    private readonly Dictionary<string, PersonIdentity> _byPerson = new(StringComparer.Ordinal);
    private readonly List<(string SourceKey, NameIndexKey? Key, string Initials)> _withoutPgn = [];
    private readonly NameFolder _folder = new();

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
        var key = _folder.IndexKey(claim.Birth, claim.Voorvoegsel, claim.Achternaam);
        var initials = _folder.Initials(claim.Voorletters, claim.Voornamen);
        if (KeyOf(claim.Bsn, claim.Onderwijsnummer) is { } person)
        {
            AddName(person, !string.IsNullOrEmpty(claim.Bsn), key, initials);
        }
        else
        {
            AddWithoutPgn(claim.SourceKey, key, initials);
        }
    }

    /// <summary>A record with a PGN, by its person key; <paramref name="key"/> null when it has no full birth date or surname.</summary>
    internal void AddName(string person, bool carriesBsn, NameIndexKey? key, string initials)
    {
        if (!_byPerson.TryGetValue(person, out var identity))
        {
            _byPerson[person] = identity = new PersonIdentity();
        }

        identity.HasBsn |= carriesBsn;
        if (key is { } k)
        {
            identity.Names.Add((k, initials));
        }
    }

    internal void AddWithoutPgn(string sourceKey, NameIndexKey? key, string initials) => _withoutPgn.Add((sourceKey, key, initials));

    /// <summary>Persons none of whose records added so far carries their BSN (the loader asks the register about them).</summary>
    internal IEnumerable<string> PersonsWithoutBsn() => _byPerson.Where(p => !p.Value.HasBsn).Select(p => p.Key);

    internal void MarkHasBsn(string person)
    {
        if (_byPerson.TryGetValue(person, out var identity))
        {
            identity.HasBsn = true;
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
        foreach (var (sourceKey, key, initials) in _withoutPgn)
        {
            string? match = null;
            var several = false;
            foreach (var candidate in Candidates(index, key, initials))
            {
                if (match is null)
                {
                    match = candidate;
                }
                else if (!string.Equals(match, candidate, StringComparison.Ordinal))
                {
                    several = true;
                    break;
                }
            }

            result[sourceKey] = several ? null : match;
        }

        return result;
    }

    /// <summary>POSSIBLE_DUPLICATE_PERSON: a BSN person and an unlinked onderwijsnummer person who look alike.</summary>
    public IEnumerable<ConflictFinding> PossibleDuplicates()
    {
        var index = BuildIndex();
        var found = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (person, identity) in _byPerson)
        {
            if (!person.StartsWith("10", StringComparison.Ordinal) || _links.ContainsKey(person) || identity.HasBsn)
            {
                continue;
            }

            foreach (var (key, initials) in identity.Names)
            {
                foreach (var other in Candidates(index, key, initials))
                {
                    if (_byPerson[other].HasBsn)
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

    /// <summary>The comparable identities of the records without a PGN (they are matched on these).</summary>
    public IReadOnlyList<PersonNameKey> UnidentifiedNameKeys()
    {
        var keys = new HashSet<PersonNameKey>();
        foreach (var (sourceKey, key, _) in _withoutPgn)
        {
            if (key is { } k)
            {
                keys.Add(new PersonNameKey(sourceKey, k.Year, k.Month, k.Day, k.Surname));
            }
        }

        return [.. keys];
    }

    private Dictionary<NameIndexKey, List<(string Person, string Initials)>> BuildIndex()
    {
        var index = new Dictionary<NameIndexKey, List<(string, string)>>();
        foreach (var (person, identity) in _byPerson)
        {
            foreach (var (key, initials) in identity.Names)
            {
                if (!index.TryGetValue(key, out var list))
                {
                    index[key] = list = [];
                }

                list.Add((person, initials));
            }
        }

        return index;
    }

    private static IEnumerable<string> Candidates(Dictionary<NameIndexKey, List<(string Person, string Initials)>> index, NameIndexKey? key, string initials)
    {
        if (key is not { } k || !index.TryGetValue(k, out var list))
        {
            yield break;
        }

        foreach (var (person, other) in list)
        {
            if (NameKey.InitialsAgree(initials, other))
            {
                yield return person;
            }
        }
    }
}

using Npgsql;
using Thuiszitters.Connectors;
using Thuiszitters.Gateway.Reconciliation.Facts;
using Thuiszitters.Gateway.Reconciliation.Identity;

namespace Thuiszitters.Gateway.Reconciliation;

/// <summary>
/// Reads the register's fact tables and groups them per person: records with a PGN by their person key (the BSN wins
/// over a KOP-linked onderwijsnummer), records without one by birth date, surname and initials where that is
/// unambiguous, otherwise held under their own source key.
/// </summary>
public sealed class RegisterFactsLoader(NpgsqlDataSource dataSource)
{
    public Task<RegisterFacts> LoadAsync(CancellationToken cancellationToken) => LoadAsync(null, cancellationToken);

    /// <summary>
    /// Reads the facts of the persons known by <paramref name="identifiers"/> (BSNs and onderwijsnummers), or of everyone
    /// when null. Records without any PGN are always read: they are matched on names against the persons read.
    /// </summary>
    public async Task<RegisterFacts> LoadAsync(IReadOnlyCollection<string>? identifiers, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var ids = identifiers?.ToArray();
        string Where(string condition) => ids is null ? string.Empty : " WHERE " + condition;
        var links = new Dictionary<string, string>(StringComparer.Ordinal);
        await RegisterReader.ForEachAsync(connection, "SELECT onderwijsnummer, bsn FROM pgn_links", null, r => links[r.GetString(0)] = r.GetString(1), cancellationToken);
        var resolver = new IdentityResolver(links);
        var pending = new List<(string? Key, string SourceKey, Action<PersonFactsBuilder> Apply)>();
        var stamnummers = new Dictionary<(string School, string Stamnummer), (string? Key, string SourceKey)>();

        var knownStamnummers = new HashSet<(string, string)>();
        if (ids is not null)
        {
            await RegisterReader.ForEachAsync(connection, """
                SELECT DISTINCT a.school, a.stamnummer FROM absence_days a
                JOIN school_pupils p ON p.school = a.school AND p.source_key = a.stamnummer
                WHERE a.bsn IS NULL AND a.onderwijsnummer IS NULL
                """, null, r => knownStamnummers.Add((r.GetString(0), r.GetString(1))), cancellationToken);
        }

        void Add(string? bsn, string? onr, string sourceKey, Action<PersonFactsBuilder> apply) =>
            pending.Add((resolver.KeyOf(bsn, onr), sourceKey, apply));

        await RegisterReader.ForEachAsync(connection, """
            SELECT p.school, p.source_key, p.bsn, p.onderwijsnummer, p.achternaam, p.voorvoegsel, p.voornamen, p.voorletters,
                   p.birth_year, p.birth_month, p.birth_day, p.gemeente, p.begin_date, p.end_date, p.delivery_id, p.line, s.export_date
            FROM school_pupils p JOIN school_export_state s ON s.delivery_id = p.delivery_id
            """ + Where("p.bsn = ANY(@ids) OR p.onderwijsnummer = ANY(@ids) OR (p.bsn IS NULL AND p.onderwijsnummer IS NULL)"), ids, r =>
        {
            var school = r.GetString(0);
            var sourceKey = $"{school}/{r.Str(1) ?? "regel " + r.GetInt64(15)}";
            var (bsn, onr) = (r.Str(2), r.Str(3));
            var birth = r.Birth(8);
            var provenance = new Provenance(r.GetInt64(14), r.GetInt64(15));
            var exportDate = r.Date(16)!.Value;
            resolver.Add(new IdentityClaim(bsn, onr, birth, r.Str(5), r.Str(4), r.Str(7), r.Str(6), sourceKey));
            if (r.Str(1) is { } stamnummer)
            {
                stamnummers[(school, stamnummer)] = (resolver.KeyOf(bsn, onr), sourceKey);
            }

            var begin = r.Date(12)!.Value;
            var end = r.Date(13);
            var gemeente = r.Str(11);
            Add(bsn, onr, sourceKey, b =>
            {
                b.Enrolments.Add(new EnrolmentFact(school, begin, end, FactSource.School, 0, provenance));
                if (birth is { } bd)
                {
                    b.BirthDates.Add(new BirthDateFact(bd, FactSource.School, school, provenance));
                }

                if (gemeente is not null)
                {
                    b.Residences.Add(new ResidenceFact(gemeente, FactSource.School, exportDate, Provenance: provenance));
                }
            });
        }, cancellationToken);

        await RegisterReader.ForEachAsync(connection, """
            SELECT pgn, achternaam, voorvoegsel, voornamen, birth_year, birth_month, birth_day, gemeente, startkwalificatie, p.delivery_id, line,
                   coalesce(d.file_date, CAST(d.received_at AS date))
            FROM rod_persons p JOIN deliveries d ON d.id = p.delivery_id
            """ + Where("p.pgn = ANY(@ids)"), ids, r =>
        {
            var pgn = r.GetString(0);
            var (bsn, onr) = Split(pgn);
            var birth = r.Birth(4);
            var gemeente = r.Str(7);
            var diploma = r.Date(8);
            var provenance = new Provenance(r.GetInt64(9), r.GetInt64(10));
            var knownOn = r.Date(11) ?? DateOnly.MinValue;
            resolver.Add(new IdentityClaim(bsn, onr, birth, r.Str(2), r.Str(1), null, r.Str(3), $"ROD/{pgn}"));
            Add(bsn, onr, $"ROD/{pgn}", b =>
            {
                if (birth is { } bd)
                {
                    b.BirthDates.Add(new BirthDateFact(bd, FactSource.Rod, null, provenance));
                }

                if (gemeente is not null)
                {
                    b.Residences.Add(new ResidenceFact(gemeente, FactSource.Rod, knownOn, Provenance: provenance));
                }

                if (diploma is { } d && (b.Startkwalificatie is null || d < b.Startkwalificatie))
                {
                    b.Startkwalificatie = d;
                }
            });
        }, cancellationToken);

        await RegisterReader.ForEachAsync(connection, """
            SELECT r.gemeente, r.bsn, r.achternaam, r.voorvoegsel, r.voornamen, r.birth_year, r.birth_month, r.birth_day,
                   r.datum_vestiging, r.datum_vertrek, r.delivery_id, r.line, s.extract_date
            FROM residents r JOIN brp_state s ON s.delivery_id = r.delivery_id
            """ + Where("r.bsn = ANY(@ids)"), ids, r =>
        {
            var gemeente = r.GetString(0);
            var bsn = r.GetString(1);
            var birth = r.Birth(5);
            var (settled, departed) = (r.Date(8), r.Date(9));
            var provenance = new Provenance(r.GetInt64(10), r.GetInt64(11));
            var knownOn = r.Date(12)!.Value;
            resolver.Add(new IdentityClaim(bsn, null, birth, r.Str(3), r.Str(2), null, r.Str(4), $"BRP/{gemeente}/{r.GetInt64(11)}"));
            Add(bsn, null, $"BRP/{gemeente}/{r.GetInt64(11)}", b =>
            {
                if (birth is { } bd)
                {
                    b.BirthDates.Add(new BirthDateFact(bd, FactSource.Brp, null, provenance));
                }

                b.Residences.Add(new ResidenceFact(gemeente, FactSource.Brp, knownOn, settled, departed, provenance));
            });
        }, cancellationToken);

        await RegisterReader.ForEachAsync(connection,
            "SELECT pgn, school, volgnummer, begin_date, end_date, delivery_id, line FROM rod_enrolments" + Where("pgn = ANY(@ids)"), ids, r =>
        {
            var (bsn, onr) = Split(r.GetString(0));
            var fact = new EnrolmentFact(r.GetString(1), r.Date(3)!.Value, r.Date(4), FactSource.Rod, r.GetInt32(2), new Provenance(r.GetInt64(5), r.GetInt64(6)));
            Add(bsn, onr, $"ROD/{r.GetString(0)}", b => b.Enrolments.Add(fact));
        }, cancellationToken);

        await RegisterReader.ForEachAsync(connection,
            "SELECT pgn, meldingsnummer, school, soort, begin_date, end_date, status, delivery_id, line FROM verzuimmeldingen" + Where("pgn = ANY(@ids)"), ids, r =>
        {
            var (bsn, onr) = Split(r.GetString(0));
            var fact = new ReportFact(r.GetString(1), r.GetString(2), r.GetString(3), r.Date(4)!.Value, r.Date(5), r.GetString(6)[0], new Provenance(r.GetInt64(7), r.GetInt64(8)));
            Add(bsn, onr, $"ROD/{r.GetString(0)}", b => b.Reports.Add(fact));
        }, cancellationToken);

        await RegisterReader.ForEachAsync(connection,
            "SELECT pgn, artikel, begin_date, end_date, delivery_id, line FROM vrijstellingen" + Where("pgn = ANY(@ids)"), ids, r =>
        {
            var (bsn, onr) = Split(r.GetString(0));
            var fact = new ExemptionFact(r.GetString(1), r.Date(2)!.Value, r.Date(3), new Provenance(r.GetInt64(4), r.GetInt64(5)));
            Add(bsn, onr, $"ROD/{r.GetString(0)}", b => b.Exemptions.Add(fact));
        }, cancellationToken);

        await RegisterReader.ForEachAsync(connection, """
            SELECT school, bsn, onderwijsnummer, start_date, end_date, reden, plan, regiehouder, gemeld_op, delivery_id, line
            FROM thuiszitter_registrations
            """ + Where("bsn = ANY(@ids) OR onderwijsnummer = ANY(@ids) OR (bsn IS NULL AND onderwijsnummer IS NULL)"), ids, r =>
        {
            var fact = new RegistrationFact(r.GetString(0), r.Date(3)!.Value, r.Date(4), r.GetBoolean(6), r.Str(7), r.Date(8)!.Value, r.GetString(5), new Provenance(r.GetInt64(9), r.GetInt64(10)));
            Add(r.Str(1), r.Str(2), $"{fact.School}/thuiszitter regel {r.GetInt64(10)}", b => b.Registrations.Add(fact));
        }, cancellationToken);

        await RegisterReader.ForEachAsync(connection,
            "SELECT school, stamnummer, bsn, onderwijsnummer, date, hours, code, delivery_id, line FROM absence_days"
            + Where("bsn = ANY(@ids) OR onderwijsnummer = ANY(@ids) OR (bsn IS NULL AND onderwijsnummer IS NULL)"), ids, r =>
        {
            var school = r.GetString(0);
            var code = r.GetString(6);
            var fact = new AbsenceFact(school, r.Date(4)!.Value, r.GetDecimal(5), code is "ONGEOORLOOFD" or "LUXE" or "Ongeoorloofd" or "Luxe", new Provenance(r.GetInt64(7), r.GetInt64(8)));
            var (bsn, onr) = (r.Str(2), r.Str(3));
            if (bsn is null && onr is null && r.Str(1) is { } stamnummer && stamnummers.TryGetValue((school, stamnummer), out var pupil))
            {
                pending.Add((pupil.Key, pupil.SourceKey, b => b.Absences.Add(fact)));
                return;
            }

            if (ids is not null && bsn is null && onr is null && r.Str(1) is { } unmatched && knownStamnummers.Contains((school, unmatched)))
            {
                return;
            }

            Add(bsn, onr, $"{school}/verzuim regel {r.GetInt64(8)}", b => b.Absences.Add(fact));
        }, cancellationToken);

        var region = await LoadRegionAsync(connection, cancellationToken);
        var registerConflicts = new List<ConflictFinding>(resolver.PossibleDuplicates());
        await RegisterReader.ForEachAsync(connection,
            "SELECT DISTINCT raw_identifier, owner, kind FROM quarantined_records WHERE raw_identifier IS NOT NULL", null, r =>
        {
            var school = SchoolCode.TryParse(r.Str(1), out var code) ? code.ToString() : null;
            registerConflicts.Add(new ConflictFinding(
                ConflictCode.InvalidIdentifier, r.GetString(0).Trim(), school, null, ActingParty.SourceOwner, null, "ongeldig BSN of onderwijsnummer: record in quarantaine"));
        }, cancellationToken);

        var matches = resolver.MatchWithoutPgn();
        var builders = new Dictionary<string, PersonFactsBuilder>(StringComparer.Ordinal);
        foreach (var (key, sourceKey, apply) in pending)
        {
            var personKey = key ?? (matches.TryGetValue(sourceKey, out var matched) ? matched : null);
            var builderKey = personKey ?? "?" + sourceKey;
            if (!builders.TryGetValue(builderKey, out var builder))
            {
                builders[builderKey] = builder = personKey is null ? new PersonFactsBuilder(null, sourceKey) : new PersonFactsBuilder(personKey, null);
            }

            apply(builder);
        }

        return new RegisterFacts([.. builders.Values.Select(b => b.Build())], region, registerConflicts.DistinctBy(c => c.Identity).ToList())
        {
            NameKeys = resolver.NameKeys(),
            UnidentifiedNameKeys = resolver.UnidentifiedNameKeys(),
        };
    }

    private static async Task<RegionFacts> LoadRegionAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var rodSchools = new HashSet<string>(StringComparer.Ordinal);
        var exporting = new HashSet<string>(StringComparer.Ordinal);
        await RegisterReader.ForEachAsync(connection, "SELECT DISTINCT school FROM rod_enrolments", null, r => rodSchools.Add(r.GetString(0)), cancellationToken);
        await RegisterReader.ForEachAsync(connection, "SELECT school FROM school_export_state WHERE kind = 'PUPILS'", null, r => exporting.Add(r.GetString(0)), cancellationToken);
        return new RegionFacts(rodSchools, exporting);
    }

    /// <summary>ROD carries one PGN field: an onderwijsnummer is told from a BSN by its check (sum mod 11 is 5, not 0).</summary>
    private static (string? Bsn, string? Onderwijsnummer) Split(string pgn) =>
        Pgn.TryParse(pgn, PgnKind.Onderwijsnummer, out _, out _) ? (null, pgn) : (pgn, null);
}

using Npgsql;
using Thuiszitters.Gateway.Reconciliation.Facts;
using Thuiszitters.Gateway.Reconciliation.Identity;

namespace Thuiszitters.Gateway.Reconciliation.Reading;

/// <summary>
/// The first, light pass: the records without any PGN (held with their facts until matching has run) and the names of
/// onderwijsnummer-only records. Together they say which (birth date, surname) keys identity matching can ever need.
/// </summary>
internal sealed class UnidentifiedRecords(NpgsqlConnection connection, bool incremental, IdentityResolver resolver, StringPool pool, NameFolder folder)
{
    private const string NoPgn = "p.bsn IS NULL AND p.onderwijsnummer IS NULL";

    /// <summary>Held records by source key, in the order first read.</summary>
    public Dictionary<string, HeldRecords> Held { get; } = new(StringComparer.Ordinal);

    /// <summary>The (birth date, surname) keys of records without PGN and of onderwijsnummer-only records.</summary>
    public HashSet<NameIndexKey> RelevantKeys { get; } = [];

    public async Task ReadAsync(CancellationToken cancellationToken)
    {
        await using (var command = new NpgsqlCommand(FactQueries.WithKey(FactQueries.SchoolPupils, "NULL") + " WHERE " + NoPgn, connection))
        await using (var r = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await r.ReadAsync(cancellationToken))
            {
                var school = pool.Get(r, 1);
                var sourceKey = $"{school}/{r.Str(2) ?? "regel " + r.GetInt64(14)}";
                var birth = r.Birth(7);
                var key = folder.IndexKey(birth, r.Str(4), r.Str(3));
                resolver.AddWithoutPgn(sourceKey, key, folder.Initials(r.Str(6), r.Str(5)));
                if (key is { } k)
                {
                    RelevantKeys.Add(k);
                }

                var provenance = new Provenance(r.GetInt64(13), r.GetInt64(14));
                var b = Hold(sourceKey).Early;
                b.Enrolments.Add(new EnrolmentFact(school, r.Date(11)!.Value, r.Date(12), FactSource.School, 0, provenance));
                if (birth is { } bd)
                {
                    b.BirthDates.Add(new BirthDateFact(bd, FactSource.School, school, provenance));
                }

                if (pool.GetOrNull(r, 10) is { } gemeente)
                {
                    b.Residences.Add(new ResidenceFact(gemeente, FactSource.School, r.Date(15)!.Value, Provenance: provenance));
                }
            }
        }

        await OnderwijsnummerOnlyKeysAsync(cancellationToken);
        await using (var command = new NpgsqlCommand(FactQueries.WithKey(FactQueries.Registrations, "NULL") + " WHERE " + NoPgn, connection))
        await using (var r = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await r.ReadAsync(cancellationToken))
            {
                var fact = RegisterRows.Registration(r, 1, pool);
                Hold($"{fact.School}/thuiszitter regel {r.GetInt64(9)}").Late.Registrations.Add(fact);
            }
        }

        // Absence rows without PGN whose stamnummer names a pupil with a PGN are read with that pupil's bucket.
        await using (var command = new NpgsqlCommand(
            FactQueries.WithKey(FactQueries.Absences, "st.source_key")
            + " WHERE " + NoPgn + " AND st.person_key IS NULL", connection))
        await using (var r = await command.ExecuteReaderAsync(cancellationToken))
        {
            var runs = new AbsenceRunRows();
            var days = new List<AbsenceFact>();
            while (await r.ReadAsync(cancellationToken))
            {
                days.Clear();
                runs.Add(new DataReaderRow(r), 1, pool, days);
                foreach (var fact in days)
                {
                    var sourceKey = r.IsDBNull(0) ? $"{fact.School}/verzuim regel {fact.Provenance.Line}" : $"{fact.School}/{r.GetString(0)}";
                    Hold(sourceKey).Late.Absences.Add(fact);
                }
            }
        }
    }

    private HeldRecords Hold(string sourceKey)
    {
        if (!Held.TryGetValue(sourceKey, out var held))
        {
            Held[sourceKey] = held = new HeldRecords(sourceKey);
        }

        return held;
    }

    /// <summary>Records whose person key may be an unlinked onderwijsnummer (a superset: a key too many only costs memory).</summary>
    private async Task OnderwijsnummerOnlyKeysAsync(CancellationToken cancellationToken)
    {
        // The scope's identifiers of onderwijsnummer form only: without that the planner, which cannot tell that rows
        // without BSN but with an onderwijsnummer are many, reads them all and then joins the scope.
        const string ScopeOnderwijsnummers = "(SELECT id FROM tz_ids WHERE id LIKE '10%')";
        var filter = incremental ? $" AND p.onderwijsnummer IN {ScopeOnderwijsnummers}" : string.Empty;
        await using var command = new NpgsqlCommand($"""
            SELECT p.birth_year, p.birth_month, p.birth_day, p.voorvoegsel, p.achternaam
            FROM school_pupils p JOIN school_export_state s ON s.delivery_id = p.delivery_id
            LEFT JOIN tz_links l ON l.onderwijsnummer = p.onderwijsnummer
            WHERE p.bsn IS NULL AND p.onderwijsnummer IS NOT NULL AND l.bsn IS NULL AND p.onderwijsnummer LIKE '10%' AND p.birth_day IS NOT NULL{filter}
            UNION ALL
            SELECT p.birth_year, p.birth_month, p.birth_day, p.voorvoegsel, p.achternaam
            FROM rod_persons p JOIN deliveries d ON d.id = p.delivery_id LEFT JOIN tz_links l ON l.onderwijsnummer = p.pgn
            WHERE l.bsn IS NULL AND p.pgn LIKE '10%' AND p.birth_day IS NOT NULL{(incremental ? $" AND p.pgn IN {ScopeOnderwijsnummers}" : string.Empty)}
            """, connection);
        await using var r = await command.ExecuteReaderAsync(cancellationToken);
        while (await r.ReadAsync(cancellationToken))
        {
            if (folder.IndexKey(r.Birth(0), r.Str(3), r.Str(4)) is { } k)
            {
                RelevantKeys.Add(k);
            }
        }
    }
}

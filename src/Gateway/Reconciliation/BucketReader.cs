using Npgsql;
using Thuiszitters.Connectors;
using Thuiszitters.Gateway.Reconciliation.Facts;
using Thuiszitters.Gateway.Reconciliation.Identity;

namespace Thuiszitters.Gateway.Reconciliation;

/// <summary>
/// Reads every fact of the persons in one bucket (rows whose person key hashes to it), table by table, straight into
/// the persons' builders; records without a PGN that matched one of these persons are added at their table's place.
/// </summary>
internal sealed class BucketReader(NpgsqlConnection connection, string[]? ids, int buckets, int bucket, StringPool pool, NameFolder folder, RegionFacts region)
{
    private readonly Dictionary<string, PersonFactsBuilder> _builders = new(StringComparer.Ordinal);
    private readonly List<PersonFactsBuilder> _order = [];
    private readonly HashSet<PersonNameKey> _nameKeys = [];

    /// <param name="held">Records without a PGN matched to persons of this bucket, by person key.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public async Task<FactsBatch> ReadAsync(IReadOnlyDictionary<string, List<HeldRecords>> held, CancellationToken cancellationToken)
    {
        await SchoolPupilsAsync(cancellationToken);
        foreach (var (person, records) in held)
        {
            foreach (var record in records)
            {
                Builder(person).Append(record.Early);
            }
        }

        await RodPersonsAsync(cancellationToken);
        await ResidentsAsync(cancellationToken);
        await RodFactsAsync(cancellationToken);
        await RegistrationsAndAbsencesAsync(cancellationToken);
        foreach (var (person, records) in held)
        {
            foreach (var record in records)
            {
                Builder(person).Append(record.Late);
            }
        }

        var persons = new PersonFacts[_order.Count];
        for (var i = 0; i < persons.Length; i++)
        {
            persons[i] = _order[i].Build();
        }

        return new FactsBatch(persons, [.. _nameKeys], region);
    }

    private PersonFactsBuilder Builder(string person)
    {
        if (!_builders.TryGetValue(person, out var builder))
        {
            _builders[person] = builder = new PersonFactsBuilder(person, null);
            _order.Add(builder);
        }

        return builder;
    }

    private void AddNameKey(string person, PartialDate? birth, string? voorvoegsel, string? achternaam)
    {
        if (folder.IndexKey(birth, voorvoegsel, achternaam) is { } k)
        {
            _nameKeys.Add(new PersonNameKey(person, k.Year, k.Month, k.Day, k.Surname));
        }
    }

    private NpgsqlCommand Command(string query, string key, string? idsCondition)
    {
        var command = new NpgsqlCommand(FactQueries.Select(query, key, ids is null ? null : idsCondition, buckets > 1), connection);
        if (ids is not null)
        {
            command.Parameters.AddWithValue("ids", ids);
        }

        if (buckets > 1)
        {
            command.Parameters.AddWithValue("n", buckets);
            command.Parameters.AddWithValue("b", bucket);
        }

        return command;
    }

    private async Task SchoolPupilsAsync(CancellationToken cancellationToken)
    {
        await using var command = Command(FactQueries.SchoolPupils, FactQueries.SchoolKey, FactQueries.SchoolPupilsIds);
        await using var r = await command.ExecuteReaderAsync(cancellationToken);
        while (await r.ReadAsync(cancellationToken))
        {
            var person = r.GetString(0);
            var school = pool.Get(r, 1);
            var birth = r.Birth(7);
            var provenance = new Provenance(r.GetInt64(13), r.GetInt64(14));
            AddNameKey(person, birth, r.Str(4), r.Str(3));
            var b = Builder(person);
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

    private async Task RodPersonsAsync(CancellationToken cancellationToken)
    {
        await using var command = Command(FactQueries.RodPersons, FactQueries.PgnKey, FactQueries.PgnIds);
        await using var r = await command.ExecuteReaderAsync(cancellationToken);
        while (await r.ReadAsync(cancellationToken))
        {
            var person = r.GetString(0);
            var birth = r.Birth(5);
            var provenance = new Provenance(r.GetInt64(10), r.GetInt64(11));
            AddNameKey(person, birth, r.Str(3), r.Str(2));
            var b = Builder(person);
            if (birth is { } bd)
            {
                b.BirthDates.Add(new BirthDateFact(bd, FactSource.Rod, null, provenance));
            }

            if (pool.GetOrNull(r, 8) is { } gemeente)
            {
                b.Residences.Add(new ResidenceFact(gemeente, FactSource.Rod, r.Date(12) ?? DateOnly.MinValue, Provenance: provenance));
            }

            if (r.Date(9) is { } d && (b.Startkwalificatie is null || d < b.Startkwalificatie))
            {
                b.Startkwalificatie = d;
            }
        }
    }

    private async Task ResidentsAsync(CancellationToken cancellationToken)
    {
        await using var command = Command(FactQueries.Residents, FactQueries.ResidentKey, FactQueries.ResidentIds);
        await using var r = await command.ExecuteReaderAsync(cancellationToken);
        while (await r.ReadAsync(cancellationToken))
        {
            var person = r.GetString(0);
            var birth = r.Birth(5);
            var provenance = new Provenance(r.GetInt64(10), r.GetInt64(11));
            AddNameKey(person, birth, r.Str(3), r.Str(2));
            var b = Builder(person);
            if (birth is { } bd)
            {
                b.BirthDates.Add(new BirthDateFact(bd, FactSource.Brp, null, provenance));
            }

            b.Residences.Add(new ResidenceFact(pool.Get(r, 1), FactSource.Brp, r.Date(12)!.Value, r.Date(8), r.Date(9), provenance));
        }
    }

    private async Task RodFactsAsync(CancellationToken cancellationToken)
    {
        await using (var command = Command(FactQueries.RodEnrolments, FactQueries.PgnKey, FactQueries.PgnIds))
        await using (var r = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await r.ReadAsync(cancellationToken))
            {
                Builder(r.GetString(0)).Enrolments.Add(new EnrolmentFact(
                    pool.Get(r, 1), r.Date(3)!.Value, r.Date(4), FactSource.Rod, r.GetInt32(2), new Provenance(r.GetInt64(5), r.GetInt64(6))));
            }
        }

        await using (var command = Command(FactQueries.Reports, FactQueries.PgnKey, FactQueries.PgnIds))
        await using (var r = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await r.ReadAsync(cancellationToken))
            {
                Builder(r.GetString(0)).Reports.Add(new ReportFact(
                    r.GetString(1), pool.Get(r, 2), pool.Get(r, 3), r.Date(4)!.Value, r.Date(5), r.GetString(6)[0], new Provenance(r.GetInt64(7), r.GetInt64(8))));
            }
        }

        await using (var command = Command(FactQueries.Exemptions, FactQueries.PgnKey, FactQueries.PgnIds))
        await using (var r = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await r.ReadAsync(cancellationToken))
            {
                Builder(r.GetString(0)).Exemptions.Add(new ExemptionFact(
                    pool.Get(r, 1), r.Date(2)!.Value, r.Date(3), new Provenance(r.GetInt64(4), r.GetInt64(5))));
            }
        }
    }

    private async Task RegistrationsAndAbsencesAsync(CancellationToken cancellationToken)
    {
        await using (var command = Command(FactQueries.Registrations, FactQueries.SchoolKey, FactQueries.SchoolPupilsIds))
        await using (var r = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await r.ReadAsync(cancellationToken))
            {
                Builder(r.GetString(0)).Registrations.Add(RegisterRows.Registration(r, 1, pool));
            }
        }

        await using (var command = Command(FactQueries.Absences, FactQueries.AbsenceKey, FactQueries.AbsencesIds))
        await using (var r = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await r.ReadAsync(cancellationToken))
            {
                Builder(r.GetString(0)).Absences.Add(RegisterRows.Absence(r, 1, pool));
            }
        }
    }
}

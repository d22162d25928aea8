using Thuiszitters.Connectors;
using Thuiszitters.Gateway.Reconciliation.Facts;
using Thuiszitters.Gateway.Reconciliation.Identity;

namespace Thuiszitters.Gateway.Reconciliation.Reading;

/// <summary>
/// Builds every fact of the persons in one bucket, table by table in <see cref="FactTables.InReadOrder"/>, straight into
/// the persons' builders; records without a PGN that matched one of these persons are added at their table's place.
/// Where the rows come from (queries, COPY output, spill files) is the caller's choice.
/// </summary>
internal sealed class BucketReader(StringPool pool, NameFolder folder, RegionFacts region)
{
    private readonly Dictionary<string, PersonFactsBuilder>.AlternateLookup<ReadOnlySpan<char>> _builders =
        new Dictionary<string, PersonFactsBuilder>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly StringPool _names = new();
    private readonly List<PersonFactsBuilder> _order = [];
    private readonly HashSet<PersonNameKey> _nameKeys = [];
    private readonly AbsenceRunRows _absences = new();

    /// <summary>Reads one table's rows of the bucket into <see cref="Add{TRow}"/>.</summary>
    public delegate Task TableSource(FactTable table, BucketReader reader, CancellationToken cancellationToken);

    /// <param name="source">Gives each table's rows of the bucket.</param>
    /// <param name="held">Records without a PGN matched to persons of this bucket, by person key.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public async Task<FactsBatch> ReadAsync(TableSource source, IReadOnlyDictionary<string, List<HeldRecords>> held, CancellationToken cancellationToken)
    {
        foreach (var table in FactTables.InReadOrder)
        {
            if (table == FactTable.RodPersons)
            {
                foreach (var (person, records) in held)
                {
                    foreach (var record in records)
                    {
                        Builder(person).Append(record.Early);
                    }
                }
            }

            await source(table, this, cancellationToken);
        }

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

    /// <summary>
    /// The persons of a bucket held in memory, built <paramref name="size"/> at a time: the facts of one batch are done
    /// with (reconciled) while the next is built, so they never outlive a few young collections.
    /// </summary>
    /// <param name="bucket">The bucket's tuples by person.</param>
    /// <param name="held">Records without a PGN matched to persons of this bucket, by person key.</param>
    /// <param name="size">Persons per batch.</param>
    public IEnumerable<FactsBatch> Batches(SpilledBucket bucket, IReadOnlyDictionary<string, List<HeldRecords>> held, int size)
    {
        foreach (var person in held.Keys)
        {
            if (bucket.IndexOf(person) < 0)
            {
                bucket.Add(person);
            }
        }

        var row = new TupleRow(bucket.Tuples);
        for (var start = 0; start < bucket.Count; start += size)
        {
            var persons = new PersonFacts[Math.Min(size, bucket.Count - start)];
            _nameKeys.Clear();
            for (var i = 0; i < persons.Length; i++)
            {
                var person = bucket.Person(start + i);
                var builder = new PersonFactsBuilder(person, null);
                held.TryGetValue(person, out var records);

                // As in a read table by table: the school pupil rows, then the held records' early facts, then the rest.
                var early = records is null;
                for (var entry = bucket.First(start + i); entry >= 0; entry = bucket.Next(entry))
                {
                    var table = bucket.Table(entry);
                    if (!early && table >= FactTable.RodPersons)
                    {
                        AppendEarly(builder, records!);
                        early = true;
                    }

                    bucket.Position(entry);
                    Add(builder, table, row);
                }

                if (records is not null)
                {
                    if (!early)
                    {
                        AppendEarly(builder, records);
                    }

                    foreach (var record in records)
                    {
                        builder.Append(record.Late);
                    }
                }

                persons[i] = builder.Build();
            }

            yield return new FactsBatch(persons, [.. _nameKeys], region);
        }
    }

    /// <summary>Adds the facts of one row of <paramref name="table"/> (its columns as <see cref="FactQueries"/> selects them).</summary>
    public void Add<TRow>(FactTable table, TRow r)
        where TRow : IFactRow => Add(Builder(r), table, r);

    private static void AppendEarly(PersonFactsBuilder builder, List<HeldRecords> records)
    {
        foreach (var record in records)
        {
            builder.Append(record.Early);
        }
    }

    private void Add<TRow>(PersonFactsBuilder b, FactTable table, TRow r)
        where TRow : IFactRow
    {
        var (delivery, line) = ProvenanceColumns(table);
        b.AddRow((int)table, r.Int64(delivery), r.Int64(line));
        switch (table)
        {
            case FactTable.SchoolPupils:
                SchoolPupil(b, r);
                break;
            case FactTable.RodPersons:
                RodPerson(b, r);
                break;
            case FactTable.Residents:
                Resident(b, r);
                break;
            case FactTable.RodEnrolments:
                b.Enrolments.Add(new EnrolmentFact(
                    r.Pooled(1, pool), r.Date(3), r.DateOrNull(4), FactSource.Rod, r.Int32(2), new Provenance(r.Int64(5), r.Int64(6))));
                break;
            case FactTable.Reports:
                b.Reports.Add(new ReportFact(
                    r.String(1), r.Pooled(2, pool), r.Pooled(3, pool), r.Date(4), r.DateOrNull(5), r.Chars(6)[0], new Provenance(r.Int64(7), r.Int64(8))));
                break;
            case FactTable.Exemptions:
                b.Exemptions.Add(new ExemptionFact(
                    r.Pooled(1, pool), r.Date(2), r.DateOrNull(3), new Provenance(r.Int64(4), r.Int64(5))));
                break;
            case FactTable.Registrations:
                b.Registrations.Add(RegisterRows.Registration(r, 1, pool));
                break;
            case FactTable.Absences:
                _absences.Add(r, 1, pool, b.Absences);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(table));
        }
    }

    /// <summary>The ordinals of the delivery id and line in each table's row, as <see cref="FactQueries"/> selects them.</summary>
    internal static (int Delivery, int Line) ProvenanceColumns(FactTable table) => table switch
    {
        FactTable.SchoolPupils => (13, 14),
        FactTable.RodPersons or FactTable.Residents => (10, 11),
        FactTable.RodEnrolments or FactTable.Absences => (5, 6),
        FactTable.Reports => (7, 8),
        FactTable.Exemptions => (4, 5),
        FactTable.Registrations => (8, 9),
        _ => throw new ArgumentOutOfRangeException(nameof(table)),
    };

    private void SchoolPupil<TRow>(PersonFactsBuilder b, TRow r)
        where TRow : IFactRow
    {
        var school = r.Pooled(1, pool);
        var birth = r.Birth(7);
        var provenance = new Provenance(r.Int64(13), r.Int64(14));
        AddNameKey(r, b, birth, 4, 3);
        b.Enrolments.Add(new EnrolmentFact(school, r.Date(11), r.DateOrNull(12), FactSource.School, 0, provenance));
        if (birth is { } bd)
        {
            b.BirthDates.Add(new BirthDateFact(bd, FactSource.School, school, provenance));
        }

        if (r.PooledOrNull(10, pool) is { } gemeente)
        {
            b.Residences.Add(new ResidenceFact(gemeente, FactSource.School, r.Date(15), Provenance: provenance));
        }
    }

    private void RodPerson<TRow>(PersonFactsBuilder b, TRow r)
        where TRow : IFactRow
    {
        var birth = r.Birth(5);
        var provenance = new Provenance(r.Int64(10), r.Int64(11));
        AddNameKey(r, b, birth, 3, 2);
        if (birth is { } bd)
        {
            b.BirthDates.Add(new BirthDateFact(bd, FactSource.Rod, null, provenance));
        }

        if (r.PooledOrNull(8, pool) is { } gemeente)
        {
            b.Residences.Add(new ResidenceFact(gemeente, FactSource.Rod, r.DateOrNull(12) ?? DateOnly.MinValue, Provenance: provenance));
        }

        if (r.DateOrNull(9) is { } d && (b.Startkwalificatie is null || d < b.Startkwalificatie))
        {
            b.Startkwalificatie = d;
        }
    }

    private void Resident<TRow>(PersonFactsBuilder b, TRow r)
        where TRow : IFactRow
    {
        var birth = r.Birth(5);
        var provenance = new Provenance(r.Int64(10), r.Int64(11));
        AddNameKey(r, b, birth, 3, 2);
        if (birth is { } bd)
        {
            b.BirthDates.Add(new BirthDateFact(bd, FactSource.Brp, null, provenance));
        }

        b.Residences.Add(new ResidenceFact(r.Pooled(1, pool), FactSource.Brp, r.Date(12), r.DateOrNull(8), r.DateOrNull(9), provenance));
    }

    /// <summary>The builder of the row's person (column 0), created on first sight; no string for a person already seen.</summary>
    private PersonFactsBuilder Builder<TRow>(TRow r)
        where TRow : IFactRow
    {
        var key = r.Chars(0);
        if (_builders.TryGetValue(key, out var builder))
        {
            return builder;
        }

        return Add(key.ToString());
    }

    private PersonFactsBuilder Builder(string person) =>
        _builders.Dictionary.TryGetValue(person, out var builder) ? builder : Add(person);

    private PersonFactsBuilder Add(string person)
    {
        var builder = new PersonFactsBuilder(person, null);
        _builders.Dictionary.Add(person, builder);
        _order.Add(builder);
        return builder;
    }

    /// <summary>The person's comparable identity; the names are read only for a full birth date (nothing to compare otherwise),
    /// and pooled (surnames repeat, and the folding memo is keyed by them).</summary>
    private void AddNameKey<TRow>(TRow r, PersonFactsBuilder person, PartialDate? birth, int voorvoegsel, int achternaam)
        where TRow : IFactRow
    {
        if (birth is { Month: not null, Day: not null }
            && folder.IndexKey(birth, r.PooledOrNull(voorvoegsel, _names), r.PooledOrNull(achternaam, _names)) is { } k)
        {
            _nameKeys.Add(new PersonNameKey(person.Pgn!, k.Year, k.Month, k.Day, k.Surname));
        }
    }
}

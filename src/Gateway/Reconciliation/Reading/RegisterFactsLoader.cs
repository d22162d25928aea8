using Npgsql;
using Thuiszitters.Connectors;
using Thuiszitters.Gateway.Reconciliation.Facts;
using Thuiszitters.Gateway.Reconciliation.Identity;

namespace Thuiszitters.Gateway.Reconciliation.Reading;

/// <summary>
/// Reads the register's fact tables and groups them per person: records with a PGN by their person key (the BSN wins
/// over a KOP-linked onderwijsnummer), records without one by birth date, surname and initials where that is
/// unambiguous, otherwise held under their own source key.
/// </summary>
/// <remarks>
/// A full read goes in buckets of persons (a hash of the person key), each complete before the next is built, so memory
/// stays bounded whatever the register's size; every table is scanned once and its rows spilled to per-bucket files
/// (<see cref="RegisterSpill"/>). Only identity matching is register-wide, and it keeps
/// just the names that records without PGN and onderwijsnummer-only records can match.
/// </remarks>
public sealed class RegisterFactsLoader(NpgsqlDataSource dataSource)
{
    /// <summary>At most about this many persons are in memory at once.</summary>
    /// <remarks>A bucket more costs only its spill files (every table is read once whatever the count), so buckets are
    /// kept small: two are in memory at once, one being reconciled while the next is read.</remarks>
    internal const int PersonsPerBucket = 80_000;

    /// <summary>Persons per batch of a full read: the facts of one batch are built while the previous one is reconciled.</summary>
    internal const int PersonsPerBatch = 1_000;

    /// <summary>Where a full read opens its second connection (null: the loader's own source) (<see cref="RegisterSpill.SpillAsync(NpgsqlConnection, NpgsqlConnection?, Func{FactTable, bool}, RegisterSpill.RowObserver, CancellationToken)"/>).</summary>
    internal NpgsqlDataSource? SecondSource { get; init; }

    public Task<RegisterFacts> LoadAsync(CancellationToken cancellationToken) => LoadAsync(null, cancellationToken);

    /// <summary>
    /// Reads the facts of the persons of <paramref name="scope"/> (on its connection), or of everyone when null. Records
    /// without any PGN are always read: they are matched on names against the persons read.
    /// </summary>
    internal async Task<RegisterFacts> LoadAsync(ScopeIds? scope, CancellationToken cancellationToken)
    {
        var persons = new List<PersonFacts>();
        var nameKeys = new List<PersonNameKey>();
        var register = await StreamAsync(scope, 1, (batch, _) =>
        {
            persons.AddRange(batch.Persons);
            nameKeys.AddRange(batch.NameKeys);
            return Task.CompletedTask;
        }, cancellationToken);
        return new RegisterFacts(persons, register.Region, register.RegisterConflicts)
        {
            NameKeys = nameKeys,
            UnidentifiedNameKeys = register.UnidentifiedNameKeys,
        };
    }

    /// <summary>
    /// Reads the register bucket by bucket and hands each batch to <paramref name="sink"/>; the next bucket is read while
    /// the sink's task for the previous one runs. Every person is in exactly one batch.
    /// </summary>
    /// <param name="scope">null for everyone; else only its persons (one bucket), read on its connection.</param>
    /// <param name="buckets">null to choose from the register's size.</param>
    /// <param name="sink">Consumes one batch.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    internal async Task<LoadedRegister> StreamAsync(
        ScopeIds? scope, int? buckets, Func<FactsBatch, CancellationToken, Task> sink, CancellationToken cancellationToken)
    {
        var incremental = scope is not null;
        await using var owned = incremental ? null : await dataSource.OpenConnectionAsync(cancellationToken);
        var connection = scope?.Connection ?? owned!;

        // A full read spills half the tables on a second connection with session tables of its own, made meanwhile.
        var second = incremental ? null : OpenSecondAsync(cancellationToken);
        await using var scopeRows = incremental ? ScopeRows.Start(dataSource, scope!, cancellationToken) : null;
        await RegisterReader.ExecuteAsync(connection, incremental ? FactQueries.IncrementalSessionTablesSql : FactQueries.SessionTablesSql, cancellationToken);
        RegisterSpill? spill = null;
        try
        {
            var links = new Dictionary<string, string>(StringComparer.Ordinal);
            await RegisterReader.ForEachAsync(connection, "SELECT onderwijsnummer, bsn FROM tz_links", r => links[r.GetString(0)] = r.GetString(1), cancellationToken);
            var resolver = new IdentityResolver(links);
            var pool = new StringPool();
            var folder = new NameFolder();
            var unidentified = new UnidentifiedRecords(connection, incremental, resolver, pool, folder);
            await unidentified.ReadAsync(cancellationToken);
            var identity = new IdentityPass(connection, resolver, folder, unidentified.RelevantKeys);
            var count = incremental ? 1 : buckets ?? await BucketCountAsync(connection, cancellationToken);
            if (scopeRows is null)
            {
                // One scan per table: the names are taken from the rows as they are spilled.
                spill = new RegisterSpill(count);
                await spill.SpillAsync(connection, await second!, identity.Observes, identity.Add, cancellationToken);
                await identity.MarkBsnCarriersAsync(cancellationToken);
            }
            else
            {
                await identity.ReadAsync(scopeRows.ForEachKeptAsync, cancellationToken);
            }

            var registerConflicts = new List<ConflictFinding>(resolver.PossibleDuplicates());
            await AddInvalidIdentifiersAsync(connection, registerConflicts, cancellationToken);
            var region = await LoadRegionAsync(connection, cancellationToken);

            var matches = resolver.MatchWithoutPgn();
            var unmatched = new List<HeldRecords>();
            var matched = new Dictionary<string, List<HeldRecords>>(StringComparer.Ordinal);
            foreach (var held in unidentified.Held.Values)
            {
                if (matches.TryGetValue(held.SourceKey, out var person) && person is not null)
                {
                    if (!matched.TryGetValue(person, out var list))
                    {
                        matched[person] = list = [];
                    }

                    list.Add(held);
                }
                else
                {
                    unmatched.Add(held);
                }
            }

            var heldByBucket = SplitByBucket(matched, count);
            var memory = spill is null ? null : new SpilledBucket();
            var pending = Task.CompletedTask;
            try
            {
                for (var bucket = 0; bucket < count; bucket++)
                {
                    var reader = new BucketReader(pool, folder, region);
                    if (memory is null)
                    {
                        var batch = await reader.ReadAsync(scopeRows!.Source, heldByBucket[bucket], cancellationToken);
                        await pending;
                        pending = sink(batch, cancellationToken);
                        continue;
                    }

                    memory.Load(spill!, bucket, cancellationToken);
                    foreach (var batch in reader.Batches(memory, heldByBucket[bucket], PersonsPerBatch))
                    {
                        await pending;
                        pending = sink(batch, cancellationToken);
                    }
                }
            }
            finally
            {
                await pending.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }

            await pending;
            var own = new PersonFacts[unmatched.Count];
            for (var i = 0; i < own.Length; i++)
            {
                var builder = new PersonFactsBuilder(null, unmatched[i].SourceKey);
                builder.Append(unmatched[i].Early);
                builder.Append(unmatched[i].Late);
                own[i] = builder.Build();
            }

            await sink(new FactsBatch(own, [], region), cancellationToken);
            var dedup = registerConflicts.DistinctBy(c => c.Identity).ToList();
            return new LoadedRegister(region, dedup, resolver.UnidentifiedNameKeys());
        }
        finally
        {
            spill?.Dispose();
            await DropSessionTablesAsync(connection);
            await CloseSecondAsync(second);
        }
    }

    private async Task<NpgsqlConnection> OpenSecondAsync(CancellationToken cancellationToken)
    {
        await Task.Yield();
        var second = await (SecondSource ?? dataSource).OpenConnectionAsync(cancellationToken);
        try
        {
            await RegisterReader.ExecuteAsync(second, FactQueries.SessionTablesSql, cancellationToken);
            return second;
        }
        catch
        {
            await second.DisposeAsync();
            throw;
        }
    }

    /// <summary>Drops the second connection's session tables and closes it, whatever became of it (a failure of its own
    /// was thrown where it was awaited; one never awaited fell behind a failure of the first connection).</summary>
    private static async Task CloseSecondAsync(Task<NpgsqlConnection>? second)
    {
        if (second is null)
        {
            return;
        }

        await ((Task)second).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        if (second.IsCompletedSuccessfully)
        {
            await using var connection = second.Result;
            await DropSessionTablesAsync(connection);
        }
    }

    /// <summary>Drops the session tables, unless a cancelled read broke the connection (a failure is being thrown then).</summary>
    private static async Task DropSessionTablesAsync(NpgsqlConnection connection)
    {
        if (connection.FullState == System.Data.ConnectionState.Open)
        {
            await RegisterReader.ExecuteAsync(connection, FactQueries.DropSessionTablesSql, CancellationToken.None);
        }
    }

    /// <summary>ROD carries one PGN field: an onderwijsnummer is told from a BSN by its check (sum mod 11 is 5, not 0).</summary>
    internal static bool IsOnderwijsnummer(string pgn) => Pgn.TryParse(pgn, PgnKind.Onderwijsnummer, out _, out _);

    private static async Task<int> BucketCountAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "SELECT greatest((SELECT count(*) FROM rod_persons), (SELECT count(*) FROM residents), (SELECT count(*) FROM school_pupils))", connection);
        var rows = (long)(await command.ExecuteScalarAsync(cancellationToken))!;
        return (int)Math.Max(1, (rows + (rows / 4) + PersonsPerBucket - 1) / PersonsPerBucket);
    }

    /// <summary>The held records matched to persons, by the bucket each person's rows are spilled to.</summary>
    private static Dictionary<string, List<HeldRecords>>[] SplitByBucket(Dictionary<string, List<HeldRecords>> matched, int count)
    {
        if (count == 1)
        {
            return [matched];
        }

        var result = new Dictionary<string, List<HeldRecords>>[count];
        for (var i = 0; i < count; i++)
        {
            result[i] = new Dictionary<string, List<HeldRecords>>(StringComparer.Ordinal);
        }

        foreach (var (person, records) in matched)
        {
            result[RegisterSpill.BucketOf(person, count)][person] = records;
        }

        return result;
    }

    private static Task AddInvalidIdentifiersAsync(NpgsqlConnection connection, List<ConflictFinding> conflicts, CancellationToken cancellationToken) =>
        RegisterReader.ForEachAsync(connection,
            "SELECT DISTINCT raw_identifier, owner, kind FROM quarantined_records WHERE raw_identifier IS NOT NULL", r =>
        {
            var school = SchoolCode.TryParse(r.Str(1), out var code) ? code.ToString() : null;
            conflicts.Add(new ConflictFinding(
                ConflictCode.InvalidIdentifier, r.GetString(0).Trim(), school, null, ActingParty.SourceOwner, null, "ongeldig BSN of onderwijsnummer: record in quarantaine"));
        }, cancellationToken);

    private static async Task<RegionFacts> LoadRegionAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var rodSchools = new HashSet<string>(StringComparer.Ordinal);
        var exporting = new HashSet<string>(StringComparer.Ordinal);
        await RegisterReader.ForEachAsync(connection, FactQueries.RodSchools, r => rodSchools.Add(r.GetString(0)), cancellationToken);
        await RegisterReader.ForEachAsync(connection, "SELECT school FROM school_export_state WHERE kind = 'PUPILS'", r => exporting.Add(r.GetString(0)), cancellationToken);
        return new RegionFacts(rodSchools, exporting);
    }
}

using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Thuiszitters.Generator;
using Thuiszitters.Gateway.Ingest;
using Thuiszitters.Gateway.Reconciliation;
using Thuiszitters.Gateway.Reconciliation.Facts;
using Thuiszitters.Gateway.Reconciliation.Reading;
using Thuiszitters.Gateway.Tests.Infrastructure;

namespace Thuiszitters.Gateway.Tests.Reconciliation.Reading;

/// <summary>
/// The full read (every table spilled once, the names taken from the spilled rows, each bucket grouped by person in
/// memory and built in batches) gives every person exactly the facts that the read by identifiers gives (queries, the
/// identity pass on its own), records without PGN matched or held the same way.
/// </summary>
public sealed class RegisterFactsLoaderTests : IAsyncLifetime
{
    private readonly TestDatabase database = new();
    private readonly string folder = Directory.CreateTempSubdirectory("tz-loader-").FullName;

    public Task InitializeAsync() => database.InitializeAsync();

    public async Task DisposeAsync()
    {
        Directory.Delete(folder, recursive: true);
        await database.DisposeAsync();
    }

    [Theory]
    [InlineData(21, 1)]
    [InlineData(22, 5)]
    public async Task StreamAsync_SpilledAndBatched_GivesTheFactsOfTheReadByIdentifiers(int seed, int buckets)
    {
        Assert.Equal(0, await GenerateCommand.RunAsync(
            ["--out", folder, "--pupils", "2500", "--schools", "12", "--seed", seed.ToString(CultureInfo.InvariantCulture), "--as-of", "2026-04-15"], CancellationToken.None));

        // Records without PGN (the generator plants none): one that matches a pupil with a BSN, its absences by
        // stamnummer, one held on its own, and an absence without PGN that names the BSN pupil by stamnummer.
        const string school = "98ZZ00";
        var bsn = Pgns.Bsn(987_001);
        await File.WriteAllTextAsync(Path.Combine(folder, $"leerlingen_{school}_20260410.csv"), new PupilsCsvBuilder(school, "20260410")
            .Pupil("s1", bsn: bsn, achternaam: "Zwaneveld", voornamen: "Pieter Jan", geboortedatum: "03-02-2014")
            .Pupil("s2", achternaam: "Zwaneveld", voornamen: "Pieter Jan", geboortedatum: "03-02-2014")
            .Pupil("s3", achternaam: "Oudeboom", voornamen: "Klaas", geboortedatum: "11-11-2013")
            .Build());
        await File.WriteAllTextAsync(Path.Combine(folder, $"verzuim_{school}_20260410.csv"), new AbsencesCsvBuilder(school, "20260410")
            .Day("", "07-04-2026", stamnummer: "s2")
            .Day("", "08-04-2026", stamnummer: "s3")
            .Day("", "09-04-2026", stamnummer: "s1")
            .Build());
        var ingestor = new DeliveryIngestor(database.DataSource, TimeProvider.System, IngestOptions.Default, NullLogger<DeliveryIngestor>.Instance);
        await new DropFolderIngestor(ingestor).IngestFolderAsync(folder, CancellationToken.None);
        var loader = new RegisterFactsLoader(database.DataSource);

        var full = new List<PersonFacts>();
        var batches = 0;
        var register = await loader.StreamAsync(null, buckets, (batch, _) =>
        {
            Assert.True(batch.Persons.Count <= RegisterFactsLoader.PersonsPerBatch, $"{batch.Persons.Count} persons in a batch");
            batches++;
            full.AddRange(batch.Persons);
            return Task.CompletedTask;
        }, CancellationToken.None);
        var identifiers = await IdentifiersAsync();
        RegisterFacts byIds;
        await using (var scope = await ScopeIds.OpenAsync(database.DataSource, identifiers, CancellationToken.None))
        {
            byIds = await loader.LoadAsync(scope, CancellationToken.None);
        }


        Assert.True(batches > 2, $"{batches} batches");
        Assert.Contains(full, p => p.Pgn is null && p.SourceKey == $"{school}/s3" && p.Absences.Count == 1);
        var matched = Assert.Single(full, p => p.Pgn == bsn);
        Assert.Equal(2, matched.Absences.Count);
        Assert.Equal(2, matched.Enrolments.Count(e => e.School == school));
        Assert.Equal(byIds.Persons.Select(Line).Order(StringComparer.Ordinal), full.Select(Line).Order(StringComparer.Ordinal));
        Assert.Equal(
            byIds.RegisterConflicts.Select(c => c.Identity).Order(StringComparer.Ordinal),
            register.RegisterConflicts.Select(c => c.Identity).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task StreamAsync_SecondConnectionFailsMidRead_FailsTheRunWithItsErrorAndLeavesNoReadRunning()
    {
        Assert.Equal(0, await GenerateCommand.RunAsync(
            ["--out", folder, "--pupils", "1500", "--schools", "12", "--seed", "23", "--as-of", "2026-04-15"], CancellationToken.None));
        var ingestor = new DeliveryIngestor(database.DataSource, TimeProvider.System, IngestOptions.Default, NullLogger<DeliveryIngestor>.Instance);
        await new DropFolderIngestor(ingestor).IngestFolderAsync(folder, CancellationToken.None);

        // The second connection sees an absence_runs whose hours divide by zero after a few rows: its session tables
        // (which read no hours) are made, and the COPY of the absences fails part way.
        await using (var create = database.DataSource.CreateCommand("""
            CREATE SCHEMA broken;
            CREATE VIEW broken.absence_runs AS
              SELECT delivery_id, line, school, stamnummer, bsn, onderwijsnummer, dates,
                     CASE WHEN line > 5 THEN ARRAY[1 / (line - line)]::numeric[] ELSE hours END AS hours, codes
              FROM public.absence_runs;
            """))
        {
            await create.ExecuteNonQueryAsync();
        }

        var broken = new NpgsqlConnectionStringBuilder(database.ConnectionString) { SearchPath = "broken,public" };
        await using var brokenSource = NpgsqlDataSource.Create(broken.ConnectionString);
        var persons = 0;
        var failing = new RegisterFactsLoader(database.DataSource) { SecondSource = brokenSource };

        var error = await Assert.ThrowsAsync<PostgresException>(() => failing.StreamAsync(null, 3, (batch, _) =>
        {
            persons += batch.Persons.Count;
            return Task.CompletedTask;
        }, CancellationToken.None));

        Assert.Equal(PostgresErrorCodes.DivisionByZero, error.SqlState);
        Assert.Equal(0, persons);
        Assert.Equal(0L, await CopiesRunningAsync());

        var facts = await new RegisterFactsLoader(database.DataSource).LoadAsync(CancellationToken.None);
        Assert.True(facts.Persons.Count > 1000, $"{facts.Persons.Count} persons after the failed run");
    }

    /// <summary>The COPY statements still running on the test database once the server has had the time to act on a
    /// cancel (the request is sent apart from the connection, so a backend may take a moment to stop).</summary>
    private async Task<long> CopiesRunningAsync()
    {
        await using var command = database.DataSource.CreateCommand("""
            SELECT count(*) FROM pg_stat_activity
            WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'
              AND state = 'active' AND query LIKE 'COPY%'
            """);
        var running = 0L;
        for (var attempt = 0; attempt < 50 && (running = (long)(await command.ExecuteScalarAsync())!) > 0; attempt++)
        {
            await Task.Delay(100);
        }

        return running;
    }

    /// <summary>A person's facts as text, each kind's facts in order (a table's rows may come in another order by query).</summary>
    private static string Line(PersonFacts p) => string.Join(" || ",
        p.Pgn ?? "-", p.SourceKey ?? "-", p.Startkwalificatie?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-",
        Sorted(p.BirthDates), Sorted(p.Enrolments), Sorted(p.Absences), Sorted(p.Reports), Sorted(p.Exemptions), Sorted(p.Registrations), Sorted(p.Residences));

    private static string Sorted<T>(IEnumerable<T> facts) =>
        string.Join(" | ", facts.Select(f => string.Create(CultureInfo.InvariantCulture, $"{f}")).Order(StringComparer.Ordinal));

    private async Task<List<string>> IdentifiersAsync()
    {
        var ids = new List<string>();
        await using var command = database.DataSource.CreateCommand("""
            SELECT bsn FROM school_pupils WHERE bsn IS NOT NULL UNION SELECT onderwijsnummer FROM school_pupils WHERE onderwijsnummer IS NOT NULL
            UNION SELECT pgn FROM rod_persons UNION SELECT pgn FROM rod_enrolments UNION SELECT bsn FROM residents WHERE bsn IS NOT NULL
            UNION SELECT bsn FROM absence_days WHERE bsn IS NOT NULL UNION SELECT onderwijsnummer FROM absence_days WHERE onderwijsnummer IS NOT NULL
            UNION SELECT pgn FROM verzuimmeldingen UNION SELECT pgn FROM vrijstellingen
            UNION SELECT bsn FROM thuiszitter_registrations WHERE bsn IS NOT NULL UNION SELECT onderwijsnummer FROM thuiszitter_registrations WHERE onderwijsnummer IS NOT NULL
            UNION SELECT bsn FROM pgn_links UNION SELECT onderwijsnummer FROM pgn_links
            """);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }
}

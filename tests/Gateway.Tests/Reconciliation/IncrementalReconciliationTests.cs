using System.Globalization;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Thuiszitters.Generator;
using Thuiszitters.Gateway.Ingest;
using Thuiszitters.Gateway.Reconciliation;
using Thuiszitters.Gateway.Reconciliation.Reading;
using Thuiszitters.Gateway.Tests.Infrastructure;

namespace Thuiszitters.Gateway.Tests.Reconciliation;

/// <summary>
/// Property: after any delivery, reconciling only the persons it touched leaves the register exactly as a full
/// reconciliation would (pupil states and open conflicts), over random deltas of a generated region.
/// </summary>
public sealed class IncrementalReconciliationTests : IAsyncLifetime
{
    private static readonly DateOnly AsOf = new(2026, 4, 15);
    private readonly TestDatabase database = new();
    private readonly string folder = Directory.CreateTempSubdirectory("tz-incremental-").FullName;

    public Task InitializeAsync() => database.InitializeAsync();

    public async Task DisposeAsync()
    {
        Directory.Delete(folder, recursive: true);
        await database.DisposeAsync();
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(8)]
    public async Task RunAsync_IncrementalAfterRandomDeltas_EqualsFullRun(int seed)
    {
        var region = Path.Combine(folder, "region");
        Assert.Equal(0, await GenerateCommand.RunAsync(["--out", region, "--pupils", "500", "--schools", "12", "--seed", seed.ToString(CultureInfo.InvariantCulture), "--as-of", "2026-04-15"], CancellationToken.None));
        
        var ingestor = new DeliveryIngestor(database.DataSource, TimeProvider.System, IngestOptions.Default, NullLogger<DeliveryIngestor>.Instance);
        await new DropFolderIngestor(ingestor).IngestFolderAsync(region, CancellationToken.None);
        var reconciliation = new RegisterReconciliation(database.DataSource, TimeProvider.System);
        var first = await reconciliation.RunAsync(AsOf, CancellationToken.None);
        Assert.Equal(await StatesOfRunAsync(first.RunId), await StatesWrittenAsync(first.RunId));
        var pipeline = new DeliveryPipeline(database.DataSource, ingestor, reconciliation);
        var random = new Random(seed);
        var deltas = new RandomDeltas(database.DataSource, random, folder);

        for (var step = 0; step < 4; step++)
        {
            var file = await deltas.NextAsync(step);
            var (delivery, summary) = await pipeline.ApplyAsync(file, AsOf, CancellationToken.None);

            Assert.True(delivery.Outcome == "APPLIED", $"{delivery}");
            Assert.NotNull(summary);
            Assert.True(summary.Incremental);
            Assert.True(summary.Persons < 300, $"an incremental run reconciled {summary.Persons} persons");
            // What a sync run reports as persons changed: the states this run wrote, counted as it wrote them.
            Assert.Equal(await StatesOfRunAsync(summary.RunId), await StatesWrittenAsync(summary.RunId));
            var expected = await FullRunAsync();
            var actual = await StoredAsync();
            var wrong = expected.Pupils.Except(actual.Pupils).Concat(actual.Pupils.Except(expected.Pupils)).ToList();

            Assert.True(wrong.Count == 0, $"step {step} ({Path.GetFileName(file)}), {summary.Persons} reconciled: {string.Join(" ; ", wrong)}");
            Assert.Equal(expected.Pupils.Order(StringComparer.Ordinal), actual.Pupils.Order(StringComparer.Ordinal));
            Assert.Equal(expected.Conflicts.Order(StringComparer.Ordinal), actual.Conflicts.Order(StringComparer.Ordinal));
        }

        // The feed's items, whose names and sources the incremental runs rebuilt only where the fact fingerprint changed,
        // are what a build from scratch gives: every pupil's provenance forgotten, a full run builds them all again.
        const string Bodies = "SELECT gemeente || '|' || pgn || '|' || md5(body) FROM feed_items WHERE present ORDER BY 1";
        var kept = await RegisterContents.RowsAsync(database.DataSource, Bodies);
        await RegisterContents.RowsAsync(database.DataSource, "DELETE FROM feed_provenance RETURNING pgn");
        await reconciliation.RunAsync(AsOf, CancellationToken.None);
        Assert.NotEmpty(kept);
        Assert.Equal(kept, await RegisterContents.RowsAsync(database.DataSource, Bodies));
        Assert.Equal(
            ["0|0|0"],
            await RegisterContents.RowsAsync(database.DataSource, "SELECT upserts, removals, refreshes FROM feed_run_logs ORDER BY run_id DESC LIMIT 1"));
    }

    private Task<long> StatesOfRunAsync(long runId) =>
        RegisterContents.CountAsync(database.DataSource, "pupil_states", string.Create(CultureInfo.InvariantCulture, $"run_id = {runId}"));

    private async Task<long> StatesWrittenAsync(long runId)
    {
        await using var command = database.DataSource.CreateCommand("SELECT states_written FROM reconciliation_runs WHERE id = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = runId });
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    private async Task<(List<string> Pupils, List<string> Conflicts)> FullRunAsync()
    {
        var facts = await new RegisterFactsLoader(database.DataSource).LoadAsync(CancellationToken.None);
        var run = ReconciliationRun.Of(facts, AsOf);
        return (
            [.. run.Pupils.Select(p => Line(p.Pgn ?? p.SourceKey, Names.Of(p.Status), p.Since, p.Band is { } b ? Names.Of(b) : null, p.Gemeente, string.Join(',', p.Schools)))],
            [.. run.Conflicts.Select(c => c.Identity)]);
    }

    private async Task<(List<string> Pupils, List<string> Conflicts)> StoredAsync()
    {
        var pupils = new List<string>();
        await using (var command = database.DataSource.CreateCommand("SELECT person_key, status, since, band, gemeente, schools FROM pupil_states"))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                pupils.Add(Line(
                    reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetFieldValue<DateOnly>(2),
                    reader.IsDBNull(3) ? null : reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetString(4),
                    string.Join(',', reader.GetFieldValue<string[]>(5))));
            }
        }

        var conflicts = new List<string>();
        await using (var command = database.DataSource.CreateCommand("SELECT identity FROM conflicts WHERE state IN ('OPEN', 'ACKNOWLEDGED')"))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                conflicts.Add(reader.GetString(0));
            }
        }

        return (pupils, conflicts);
    }

    private static string Line(string? key, string status, DateOnly? since, string? band, string? gemeente, string schools) =>
        string.Create(CultureInfo.InvariantCulture, $"{key}|{status}|{since:yyyy-MM-dd}|{band}|{gemeente}|{schools}");

    /// <summary>Random deliveries against the current register: ROD P batches, and newer pupil and absence exports.</summary>
    private sealed class RandomDeltas(NpgsqlDataSource dataSource, Random random, string folder)
    {
        private int serial;

        public async Task<string> NextAsync(int step) => (step % 3) switch
        {
            0 => await RodPartialAsync(),
            1 => await PupilExportAsync(),
            _ => await AbsenceExportAsync(),
        };

        private async Task<string> RodPartialAsync()
        {
            var (recipient, last) = (await RowsAsync("SELECT recipient, last_batch_number FROM rod_batch_state", r => (r.GetString(0), r.GetInt64(1))))[0];
            var enrolments = await RowsAsync(
                "SELECT pgn, school, volgnummer, begin_date, end_date, sector FROM rod_enrolments ORDER BY pgn, school, volgnummer",
                r => (Pgn: r.GetString(0), School: r.GetString(1), Volgnummer: r.GetInt32(2), Begin: r.GetFieldValue<DateOnly>(3), Sector: r.GetString(5)));
            var persons = await RowsAsync("SELECT pgn, achternaam, voornamen, gemeente FROM rod_persons ORDER BY pgn", r => (Pgn: r.GetString(0), Name: r.GetString(1)));
            var onr = await RowsAsync(
                "SELECT DISTINCT onderwijsnummer FROM school_pupils WHERE bsn IS NULL AND onderwijsnummer IS NOT NULL AND onderwijsnummer NOT IN (SELECT onderwijsnummer FROM pgn_links) ORDER BY 1",
                r => r.GetString(0));
            var batch = new RodBatchBuilder(recipient, last + 1, 'P', "20260414");
            foreach (var e in Pick(enrolments, 4))
            {
                var end = AsOf.AddDays(-random.Next(3, 60));
                batch.Enrolment(e.Pgn, e.School, e.Volgnummer, Compact(e.Begin), Compact(end < e.Begin ? e.Begin : end), e.Sector, 'A');
            }

            foreach (var e in Pick(enrolments, 1))
            {
                batch.Enrolment(e.Pgn, e.School, e.Volgnummer, Compact(e.Begin), string.Empty, e.Sector, 'V');
            }

            foreach (var e in Pick(enrolments, 2))
            {
                batch.Report($"T{++serial}{random.Next(1000)}", e.Pgn, e.School, random.Next(2) == 0 ? "LRV" : "16U", Compact(AsOf.AddDays(-random.Next(5, 50))));
            }

            foreach (var p in Pick(persons, 2))
            {
                batch.Person(p.Pgn, $"20{random.Next(8, 18):D2}0{random.Next(1, 10)}1{random.Next(0, 10)}", p.Name);
            }

            var linkNotTwin = random.Next(2) == 0;
            if (linkNotTwin && onr.Count > 0 && persons.Count > 0)
            {
                batch.Link(Pick(persons, 1)[0].Pgn, Pick(onr, 1)[0]);
            }

            // A BSN person who now looks exactly like an onderwijsnummer-only pupil (a new POSSIBLE_DUPLICATE_PERSON).
            var onrPupils = await RowsAsync("""
                SELECT achternaam, voornamen, birth_year, birth_month, birth_day FROM school_pupils
                WHERE bsn IS NULL AND onderwijsnummer IS NOT NULL AND birth_day IS NOT NULL
                  AND onderwijsnummer NOT IN (SELECT onderwijsnummer FROM pgn_links) ORDER BY onderwijsnummer
                """, r => (Name: r.GetString(0), First: r.IsDBNull(1) ? "X" : r.GetString(1), Birth: new DateOnly(r.GetInt32(2), r.GetInt32(3), r.GetInt32(4))));
            if (!linkNotTwin && onrPupils.Count > 0 && persons.Count > 0)
            {
                var twin = Pick(onrPupils, 1)[0];
                batch.Person(Pick(persons, 1)[0].Pgn, Compact(twin.Birth), twin.Name, voornamen: twin.First);
            }

            return Write(batch.FileName, batch.Build());
        }

        private async Task<string> PupilExportAsync()
        {
            var school = Pick(await RowsAsync("SELECT school FROM school_export_state WHERE kind = 'PUPILS' ORDER BY school", r => r.GetString(0)), 1)[0];
            var rows = await RowsAsync("""
                SELECT source_key, bsn, onderwijsnummer, achternaam, voornamen, birth_year, birth_month, birth_day, gemeente, begin_date, end_date
                FROM school_pupils WHERE school = @school AND birth_month IS NOT NULL AND birth_day IS NOT NULL ORDER BY line
                """, r => (Key: r.IsDBNull(0) ? "" : r.GetString(0), Bsn: r.IsDBNull(1) ? "" : r.GetString(1), Onr: r.IsDBNull(2) ? "" : r.GetString(2),
                    Name: r.GetString(3), First: r.IsDBNull(4) ? "" : r.GetString(4),
                    Birth: new DateOnly(r.GetInt32(5), r.GetInt32(6), r.GetInt32(7)), Gemeente: r.IsDBNull(8) ? "0361" : r.GetString(8),
                    Begin: r.GetFieldValue<DateOnly>(9), End: r.IsDBNull(10) ? (DateOnly?)null : r.GetFieldValue<DateOnly>(10)), ("school", school));
            var csv = new StringBuilder("Stamnummer;BSN;Onderwijsnummer;Achternaam;Tussenvoegsel;Voornamen;Roepnaam;Geboortedatum;Geslacht;Postcode;Gemeentecode;Datum inschrijving;Datum uitschrijving;Reden uitschrijving;Naar school\n");
            var dropIndex = random.Next(rows.Count);
            var endIndex = random.Next(rows.Count);
            for (var i = 0; i < rows.Count; i++)
            {
                if (i == dropIndex)
                {
                    continue;
                }

                var row = rows[i];
                var end = i == endIndex ? AsOf.AddDays(-random.Next(1, 40)) : row.End;
                if (end < row.Begin)
                {
                    end = row.Begin;
                }

                csv.Append(CultureInfo.InvariantCulture, $"{row.Key};{row.Bsn};{row.Onr};{row.Name};;{row.First};;{row.Birth:dd-MM-yyyy};X;1811AB;{row.Gemeente};{row.Begin:dd-MM-yyyy};{end:dd-MM-yyyy};;\n");
            }

            csv.Append(CultureInfo.InvariantCulture, $"N{++serial};{Pgns.Bsn(900 + random.Next(5000))};;Nieuw;;Sam;;01-03-2014;X;1811AB;0361;{AsOf.AddDays(-30):dd-MM-yyyy};;;\n");
            return Write($"leerlingen_{school}_20260416.csv", csv.ToString(), withBom: true);
        }

        private async Task<string> AbsenceExportAsync()
        {
            var school = Pick(await RowsAsync("SELECT school FROM school_export_state WHERE kind = 'PUPILS' ORDER BY school", r => r.GetString(0)), 1)[0];
            var pupils = await RowsAsync("SELECT bsn FROM school_pupils WHERE school = @school AND bsn IS NOT NULL ORDER BY bsn", r => r.GetString(0), ("school", school));
            var days = await RowsAsync(
                "SELECT stamnummer, bsn, onderwijsnummer, date, hours, code FROM absence_days WHERE school = @school ORDER BY line",
                r => string.Create(CultureInfo.InvariantCulture,
                    $"{(r.IsDBNull(0) ? "" : r.GetString(0))};{(r.IsDBNull(1) ? "" : r.GetString(1))};{(r.IsDBNull(2) ? "" : r.GetString(2))};{r.GetFieldValue<DateOnly>(3):dd-MM-yyyy};{r.GetDecimal(4)};{r.GetString(5)}"),
                ("school", school));
            var csv = new StringBuilder("Stamnummer;BSN;Onderwijsnummer;Datum;Uren;Code\n");
            foreach (var day in days)
            {
                csv.Append(day).Append('\n');
            }

            var pupil = Pick(pupils, 1)[0];
            var start = AsOf.AddDays(-random.Next(5, 45));
            for (var d = start; d <= start.AddDays(random.Next(2, 12)) && d <= AsOf; d = d.AddDays(1))
            {
                csv.Append(CultureInfo.InvariantCulture, $";{pupil};;{d:dd-MM-yyyy};6;ONGEOORLOOFD\n");
            }

            return Write($"verzuim_{school}_2026041{6 + (serial++ % 3)}.csv", csv.ToString());
        }

        private List<T> Pick<T>(List<T> items, int count) =>
            items.Count == 0 ? [] : [.. Enumerable.Range(0, count).Select(_ => items[random.Next(items.Count)]).Distinct()];

        private static string Compact(DateOnly date) => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

        private string Write(string name, string content, bool withBom = false)
        {
            var path = Path.Combine(folder, name);
            File.WriteAllText(path, content, new UTF8Encoding(withBom));
            return path;
        }

        private async Task<List<T>> RowsAsync<T>(string sql, Func<NpgsqlDataReader, T> read, params (string Name, object Value)[] parameters)
        {
            await using var command = dataSource.CreateCommand(sql);
            foreach (var (name, value) in parameters)
            {
                command.Parameters.AddWithValue(name, value);
            }

            var rows = new List<T>();
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                rows.Add(read(reader));
            }

            return rows;
        }
    }
}

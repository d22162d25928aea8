using Npgsql;
using Thuiszitters.Gateway.Ingest;
using Thuiszitters.Gateway.Reconciliation;
using Thuiszitters.Gateway.Register.Entities;
using Thuiszitters.Gateway.Tests.Infrastructure;

namespace Thuiszitters.Gateway.Tests.Ingest;

public sealed class BulkIngestTests : IAsyncLifetime
{
    private const string FactIndexesSql = """
        SELECT indexname || ' ' || indexdef FROM pg_indexes
        WHERE schemaname = current_schema() AND tablename IN ('school_pupils', 'absence_runs', 'thuiszitter_registrations', 'residents',
          'rod_persons', 'rod_enrolments', 'verzuimmeldingen', 'vrijstellingen', 'pgn_links')
        ORDER BY indexname
        """;

    private static readonly string A = Pgns.Bsn(61);
    private static readonly string B = Pgns.Bsn(62);
    private static readonly string C = Pgns.Bsn(63);

    private readonly IngestHarness harness = new();
    private readonly IngestHarness other = new();

    public async Task InitializeAsync()
    {
        await harness.InitializeAsync();
        await other.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await harness.DisposeAsync();
        await other.DisposeAsync();
    }

    [Fact]
    public async Task IngestFolderAsync_BulkOn_EndsWithTheSameRowsAndIndexesAsWithout()
    {
        var before = await harness.RowsAsync(FactIndexesSql);
        foreach (var target in new[] { harness, other })
        {
            WriteRegion(target.Folder);
        }

        var kept = await new DropFolderIngestor(harness.Ingestor, BulkMode.Off).IngestFolderAsync(harness.Folder.Path, CancellationToken.None);
        var bulk = await new DropFolderIngestor(other.Ingestor, BulkMode.On).IngestFolderAsync(other.Folder.Path, CancellationToken.None);

        Assert.Equal(kept.Select(r => $"{r.FileName} {r.Outcome} {r.RecordCount}"), bulk.Select(r => $"{r.FileName} {r.Outcome} {r.RecordCount}"));
        Assert.Contains(bulk, r => r.Outcome == DeliveryOutcomes.Applied && r.FileName == "verzuim_12AB00_20260415.csv");
        Assert.Equal(await harness.ContentsAsync(), await other.ContentsAsync());
        Assert.Equal(before, await other.RowsAsync(FactIndexesSql));
        Assert.Equal(0, await other.CountAsync("deferred_indexes"));
    }

    [Fact]
    public async Task BulkRun_NewerExports_LeaveTheReplacedRowsUntilItsEndAndReadersSkipThem()
    {
        await harness.IngestAsync(SourceFiles.Pupils("12AB00", "20260301").Pupil("1", bsn: A).Pupil("2", bsn: B));
        await harness.IngestAsync(SourceFiles.Absences("12AB00", "20260301").Day(A, "02-03-2026").Day(B, "02-03-2026"));
        await harness.IngestAsync(SourceFiles.Brp("0361", "20260301").Resident(A).Resident(B));
        var newer = new[]
        {
            harness.Folder.Write(SourceFiles.Pupils("12AB00", "20260415").Pupil("2", bsn: B).Pupil("3", bsn: C)),
            harness.Folder.Write(SourceFiles.Absences("12AB00", "20260415").Day(C, "03-03-2026")),
            harness.Folder.Write(SourceFiles.Brp("0361", "20260415").Resident(C)),
        };

        // (Empty) files of the same kinds still to come keep the run from finishing these tables early.
        var later = new[]
        {
            harness.Folder.Write(SourceFiles.Pupils("05KO00", "20260415")),
            harness.Folder.Write(SourceFiles.Absences("05KO00", "20260415")),
            harness.Folder.Write(SourceFiles.Brp("0373", "20260415")),
        };
        var run = await harness.Ingestor.BeginRunAsync([.. newer, .. later], BulkMode.On, CancellationToken.None);
        foreach (var path in newer)
        {
            Assert.Equal(DeliveryOutcomes.Applied, (await harness.Ingestor.IngestFileAsync(path, run, CancellationToken.None)).Outcome);
        }

        Assert.Equal((4L, 3L, 3L), (await harness.CountAsync("school_pupils"), await harness.CountAsync("absence_days"), await harness.CountAsync("residents")));
        var reconciliation = new RegisterReconciliation(harness.Database.DataSource, harness.Clock);
        await reconciliation.RunAsync(new DateOnly(2026, 4, 15), CancellationToken.None);
        var during = await harness.RowsAsync("SELECT pgn, status, schools FROM pupil_states ORDER BY pgn");

        foreach (var path in later)
        {
            Assert.Equal(DeliveryOutcomes.Applied, (await harness.Ingestor.IngestFileAsync(path, run, CancellationToken.None)).Outcome);
        }

        await run.CompleteAsync(CancellationToken.None);

        Assert.Equal((2L, 1L, 1L), (await harness.CountAsync("school_pupils"), await harness.CountAsync("absence_days"), await harness.CountAsync("residents")));
        await reconciliation.RunAsync(new DateOnly(2026, 4, 15), CancellationToken.None);
        Assert.Equal(during, await harness.RowsAsync("SELECT pgn, status, schools FROM pupil_states ORDER BY pgn"));
        Assert.DoesNotContain(during, row => row.StartsWith(A, StringComparison.Ordinal));
    }

    [Fact]
    public async Task BulkRun_ThatDiesBeforeItsEnd_LeavesItsIndexesToTheNextReconciliation()
    {
        var indexes = await harness.RowsAsync(FactIndexesSql);
        var path = harness.Folder.Write(SourceFiles.Pupils("12AB00", "20260301").Pupil("1", bsn: A));
        var never = harness.Folder.Write(SourceFiles.Pupils("05KO00", "20260301"));

        var run = await harness.Ingestor.BeginRunAsync([path, never], BulkMode.On, CancellationToken.None);
        await harness.Ingestor.IngestFileAsync(path, run, CancellationToken.None);

        Assert.True(run.DroppedIndexes > 0);
        Assert.Null(run.Finishing("school_pupils"));
        Assert.Equal(run.DroppedIndexes, await harness.CountAsync("deferred_indexes"));
        Assert.Equal(run.DroppedIndexes, await harness.CountAsync("deferred_indexes", "table_name = 'school_pupils'"));
        Assert.Equal(indexes.Count - run.DroppedIndexes, (await harness.RowsAsync(FactIndexesSql)).Count);
        await new RegisterReconciliation(harness.Database.DataSource, harness.Clock).RunAsync(new DateOnly(2026, 4, 15), CancellationToken.None);
        Assert.Equal(indexes, await harness.RowsAsync(FactIndexesSql));
        Assert.Equal(0, await harness.CountAsync("deferred_indexes"));
        Assert.Equal([A], await harness.RowsAsync("SELECT pgn FROM pupil_states"));
    }

    [Fact]
    public async Task BulkRun_AfterOneThatDied_BuildsTheIndexesFirstAndKeepsTheRunsOwnStatements()
    {
        var indexes = await harness.RowsAsync(FactIndexesSql);
        var first = harness.Folder.Write(SourceFiles.Pupils("12AB00", "20260301").Pupil("1", bsn: A));
        await harness.Ingestor.BeginRunAsync([first], BulkMode.On, CancellationToken.None);

        var second = await harness.Ingestor.BeginRunAsync([first], BulkMode.On, CancellationToken.None);
        await harness.Ingestor.IngestFileAsync(first, second, CancellationToken.None);
        await second.CompleteAsync(CancellationToken.None);

        Assert.Equal(indexes, await harness.RowsAsync(FactIndexesSql));
        Assert.Equal(0, await harness.CountAsync("deferred_indexes"));
    }

    [Fact]
    public async Task BulkRun_TableNoRemainingFileCanWrite_IsPurgedAndIndexedWhileTheOthersStillLoad()
    {
        var indexes = await harness.RowsAsync(FactIndexesSql);
        await harness.IngestAsync(SourceFiles.Brp("0361", "20260301").Resident(A).Resident(B));
        var brp = harness.Folder.Write(SourceFiles.Brp("0361", "20260415").Resident(C));
        var pupils = harness.Folder.Write(SourceFiles.Pupils("12AB00", "20260415").Pupil("1", bsn: A));
        var absences = harness.Folder.Write(SourceFiles.Absences("12AB00", "20260415").Day(A, "02-03-2026"));

        var written = await harness.CountAsync("pg_indexes", "schemaname = current_schema() AND tablename IN ('residents', 'school_pupils', 'absence_runs')");

        var run = await harness.Ingestor.BeginRunAsync([brp, pupils, absences], BulkMode.On, CancellationToken.None);
        await harness.Ingestor.IngestFileAsync(brp, run, CancellationToken.None);
        await run.Finishing("residents")!;

        // Only the tables the run's files write lost their indexes; the BRP table is whole again before the run ends.
        Assert.Equal(written, run.DroppedIndexes);
        Assert.Equal(["absence_runs", "school_pupils"], await harness.RowsAsync("SELECT DISTINCT table_name FROM deferred_indexes ORDER BY 1"));
        Assert.Equal(indexes.Where(i => !i.Contains("absence_runs", StringComparison.Ordinal) && !i.Contains("school_pupils", StringComparison.Ordinal)),
            await harness.RowsAsync(FactIndexesSql));
        Assert.Equal([C], await harness.RowsAsync("SELECT bsn FROM residents"));
        Assert.Null(run.Finishing("school_pupils"));

        await harness.Ingestor.IngestFileAsync(pupils, run, CancellationToken.None);
        await harness.Ingestor.IngestFileAsync(absences, run, CancellationToken.None);
        await run.CompleteAsync(CancellationToken.None);

        Assert.Equal(indexes, await harness.RowsAsync(FactIndexesSql));
        Assert.Equal(0, await harness.CountAsync("deferred_indexes"));
    }

    [Fact]
    public async Task BulkRun_IndexBuildThatFails_StaysListedAndTheRunReportsIt()
    {
        var indexes = await harness.RowsAsync(FactIndexesSql);
        var path = harness.Folder.Write(SourceFiles.RodComplete("VO2203", 1).Person(A).Person(B));
        var never = harness.Folder.Write(SourceFiles.RodComplete("PO2703", 1).Person(C));
        var run = await harness.Ingestor.BeginRunAsync([path, never], BulkMode.On, CancellationToken.None);
        await harness.Ingestor.IngestFileAsync(path, run, CancellationToken.None);

        // A row the key refuses, slipped in behind the ingest's back while the keys are down.
        await using (var command = harness.Database.DataSource.CreateCommand(
            $"INSERT INTO rod_persons (recipient, delivery_id, line, pgn, achternaam) VALUES ('VO2203', {run.DeliveryIdFor(path)}, 99, '{A}', 'X')"))
        {
            await command.ExecuteNonQueryAsync();
        }

        var error = await Assert.ThrowsAsync<PostgresException>(() => run.CompleteAsync(CancellationToken.None));
        await run.DisposeAsync();

        Assert.Equal(PostgresErrorCodes.UniqueViolation, error.SqlState);
        Assert.Contains("pk_rod_persons", await harness.RowsAsync("SELECT name FROM deferred_indexes"));
        Assert.DoesNotContain(indexes.Single(i => i.StartsWith("pk_rod_persons ", StringComparison.Ordinal)), await harness.RowsAsync(FactIndexesSql));
    }

    [Theory]
    [InlineData("rod_persons")]
    [InlineData("rod_enrolments")]
    public async Task BulkRun_CompleteRodBatchListingAKeyTwice_IsRefusedAsWithTheKeysInPlace(string table)
    {
        var batch = SourceFiles.RodComplete("VO2203", 1).Person(A).Enrolment(A, "12AB00").Person(B);
        batch = table == "rod_persons" ? batch.Person(A, achternaam: "Bakker") : batch.Enrolment(A, "12AB00");
        var path = harness.Folder.Write(batch);
        other.Folder.Write(batch);

        var kept = (await new DropFolderIngestor(other.Ingestor, BulkMode.Off).IngestFolderAsync(other.Folder.Path, CancellationToken.None)).Single();
        var bulk = (await new DropFolderIngestor(harness.Ingestor, BulkMode.On).IngestFolderAsync(harness.Folder.Path, CancellationToken.None)).Single();

        Assert.Equal(DeliveryOutcomes.Rejected, bulk.Outcome);
        Assert.Equal((kept.Outcome, kept.Reason, kept.ErrorField), (bulk.Outcome, bulk.Reason, bulk.ErrorField));
        Assert.Equal($"two records with the same key (pk_{table}); a complete batch lists each key once", bulk.Reason);
        Assert.Equal(0, await harness.CountAsync("rod_persons") + await harness.CountAsync("rod_enrolments"));
        Assert.Equal(await other.ContentsAsync(), await harness.ContentsAsync());
        Assert.Equal(0, await harness.CountAsync("deferred_indexes"));
        Assert.Contains(path, Directory.EnumerateFiles(harness.Folder.Path));
    }

    [Fact]
    public async Task IsLarge_SmallFolders_KeepTheIndexesAndALargeOneOnAnEmptyRegisterDropsThem()
    {
        Assert.False(await IngestRun.IsLarge(harness.Database.DataSource, IngestRun.BulkMinimumBytes - 1, CancellationToken.None));
        Assert.True(await IngestRun.IsLarge(harness.Database.DataSource, IngestRun.BulkMinimumBytes, CancellationToken.None));

        var path = harness.Folder.Write(SourceFiles.Pupils("12AB00", "20260301").Pupil("1", bsn: A));
        var run = await harness.Ingestor.BeginRunAsync([path], BulkMode.Auto, CancellationToken.None);

        Assert.False(run.Bulk);
        Assert.Equal(0, run.DroppedIndexes);
    }

    private static void WriteRegion(DropFolder folder)
    {
        folder.Write(SourceFiles.Brp("0361", "20260301").Resident(A).Resident(B));
        folder.Write(SourceFiles.Brp("0361", "20260401").Resident(A).Resident(C));
        folder.Write(SourceFiles.RodComplete("VO2203", 1).Person(A).Enrolment(A, "12AB00").Person(C).Enrolment(C, "05KO00"));
        folder.Write(SourceFiles.RodPartial("VO2203", 2).Enrolment(B, "05KO00"));
        folder.Write(SourceFiles.Pupils("12AB00", "20260301").Pupil("1", bsn: A).Pupil("2", bsn: B));
        folder.Write(SourceFiles.Pupils("12AB00", "20260415").Pupil("1", bsn: A));
        folder.Write(SourceFiles.Edex("05KO00", "20260415").Pupil("500", C, geboortedatum: "2010-10"));
        folder.Write(SourceFiles.Absences("12AB00", "20260301").Day(A, "02-03-2026").Day(B, "02-03-2026"));
        folder.Write(SourceFiles.Absences("12AB00", "20260415").Day(A, "03-03-2026"));
        folder.Write(SourceFiles.Registrations("12AB00", "20260415").Registration(A));
    }
}

using Thuiszitters.Gateway.Cli;
using Thuiszitters.Generator;
using Thuiszitters.Gateway.Ingest;
using Thuiszitters.Gateway.Reconciliation;
using Thuiszitters.Gateway.Reconciliation.Reading;
using Thuiszitters.Gateway.Register.Entities;
using Thuiszitters.Gateway.Tests.Infrastructure;

namespace Thuiszitters.Gateway.Tests.Ingest;

public sealed class DropFolderIngestorTests : IAsyncLifetime
{
    private static readonly string A = Pgns.Bsn(41);
    private static readonly string B = Pgns.Bsn(42);

    private const string RefusedFile = "verzuim_00AA00_20260415.csv";

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
    public async Task IngestFolderAsync_FilesWrittenOutOfOrder_AreAppliedInTheSafeOrder()
    {
        var folder = harness.Folder;
        folder.Write(SourceFiles.RodPartial("VO2203", 2).Enrolment(B, "05KO00"));
        folder.Write(SourceFiles.Pupils("12AB00", "20260415").Pupil("1", bsn: A));
        folder.Write(SourceFiles.RodComplete("VO2203", 1).Person(A).Enrolment(A, "05KO00"));
        folder.Write(SourceFiles.Pupils("12AB00", "20260301").Pupil("1", bsn: A).Pupil("2", bsn: B));
        folder.Write(SourceFiles.Brp("0361", "20260301").Resident(A));
        folder.Write("readme.md", "not a delivery");
        folder.Write(".hidden", "ignored");
        var printed = new List<DeliveryResult>();

        var results = await new DropFolderIngestor(harness.Ingestor).IngestFolderAsync(folder.Path, printed.Add, CancellationToken.None);

        Assert.Equal(
            [
                "brp_0361_20260301.csv APPLIED",
                "rod_VO2203_000001.txt APPLIED",
                "rod_VO2203_000002.txt APPLIED",
                "leerlingen_12AB00_20260301.csv APPLIED",
                "leerlingen_12AB00_20260415.csv APPLIED",
                "readme.md REJECTED",
            ],
            results.Select(r => $"{r.FileName} {r.Outcome}"));
        Assert.Equal(results, printed);
        Assert.Equal(2, await harness.CountAsync("rod_enrolments"));
        Assert.Equal([A], await harness.RowsAsync("SELECT bsn FROM school_pupils"));
    }

    [Theory]
    [InlineData("example-1-moves", 4)]
    [InlineData("example-2-absence", 4)]
    [InlineData("example-3-identity", 2)]
    public async Task IngestFolderAsync_SpecExamples_ApplyEveryFile(string example, int files)
    {
        var input = Path.Combine(AppContext.BaseDirectory, "Snapshot", "Examples", example, "input");

        var results = await new DropFolderIngestor(harness.Ingestor).IngestFolderAsync(input, CancellationToken.None);

        Assert.Equal(files, results.Count);
        Assert.All(results, r => Assert.Equal(DeliveryOutcomes.Applied, r.Outcome));
        Assert.All(results, r => Assert.True(r.RecordCount > 0, r.FileName));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task IngestFolderAsync_FourAtATime_EndsAsOneAtATimeWithTheSameDeliveriesAndSnapshot(bool bulkRun)
    {
        var bulk = bulkRun ? BulkMode.On : BulkMode.Off;
        var one = await WriteRegionAsync(harness, withRefused: true);
        var four = await WriteRegionAsync(other, withRefused: true);

        var sequential = await new DropFolderIngestor(harness.Ingestor, bulk, parallelism: 1).IngestFolderAsync(one, CancellationToken.None);
        var concurrent = await new DropFolderIngestor(other.Ingestor, bulk, parallelism: 4).IngestFolderAsync(four, CancellationToken.None);

        Assert.Equal(sequential.Select(Line), concurrent.Select(Line));
        Assert.Equal(concurrent.Select(r => r.DeliveryId).Order(), concurrent.Select(r => r.DeliveryId));
        Assert.Equal(
            [DeliveryOutcomes.Applied, DeliveryOutcomes.Applied, DeliveryOutcomes.Applied, DeliveryOutcomes.BatchGap],
            concurrent.Where(r => r.FileName.StartsWith("rod_PO2703_", StringComparison.Ordinal)).Select(r => r.Outcome));
        Assert.Equal(DeliveryOutcomes.Rejected, concurrent.Single(r => r.FileName == RefusedFile).Outcome);
        Assert.Equal(await harness.ContentsAsync(), await other.ContentsAsync());
        Assert.Equal(await DeliveriesAsync(harness), await DeliveriesAsync(other));
        Assert.Equal([B], await other.RowsAsync("SELECT bsn FROM school_pupils WHERE school = '12AB00'"));
        Assert.Equal(0, await other.CountAsync("deferred_indexes"));
        Assert.Equal(await SnapshotAsync(harness), await SnapshotAsync(other));
    }

    [Fact]
    public async Task IngestFolderAsync_ARefusedFileAmongConcurrentOnes_IsKeptWhileTheRestAppliesAsWithoutIt()
    {
        var withRefused = await WriteRegionAsync(harness, withRefused: true);
        var without = await WriteRegionAsync(other, withRefused: false);

        var results = await new DropFolderIngestor(harness.Ingestor, BulkMode.On, parallelism: 4).IngestFolderAsync(withRefused, CancellationToken.None);
        var expected = await new DropFolderIngestor(other.Ingestor, BulkMode.On, parallelism: 4).IngestFolderAsync(without, CancellationToken.None);

        var refused = results.Single(r => r.FileName == RefusedFile);
        Assert.Equal(DeliveryOutcomes.Rejected, refused.Outcome);
        Assert.Equal(
            [await File.ReadAllBytesAsync(Path.Combine(withRefused, RefusedFile))],
            await RejectedContentAsync(harness, refused.DeliveryId));
        Assert.Equal(expected.Select(r => (r.FileName, r.Outcome, r.RecordCount)), results.Where(r => r != refused).Select(r => (r.FileName, r.Outcome, r.RecordCount)));
        Assert.Equal(await ByFileAsync(other), await ByFileAsync(harness));
        Assert.Equal(0, await harness.CountAsync("deferred_indexes"));
    }

    private static string Line(DeliveryResult r) => $"{r.FileName} {r.DeliveryId} {r.Outcome} {r.RecordCount} {r.QuarantinedCount} {r.Reason}";

    /// <summary>
    /// A generated region plus files whose order matters: an older BRP extract and school exports the region's newer
    /// ones replace, a second ROD recipient's batches 1 (C), 2, 3 and 5 (a gap), and optionally a broken absences file.
    /// </summary>
    private static async Task<string> WriteRegionAsync(IngestHarness target, bool withRefused)
    {
        var folder = Path.Combine(target.Folder.Path, "region");
        Assert.Equal(0, await GenerateCommand.RunAsync(["--out", folder, "--pupils", "500", "--schools", "12", "--seed", "5", "--as-of", "2026-04-15"], CancellationToken.None));
        ISourceFile[] extra =
        [
            SourceFiles.Brp("0361", "20260301").Resident(A).Resident(B),
            SourceFiles.Pupils("12AB00", "20260301").Pupil("1", bsn: A).Pupil("2", bsn: B),
            SourceFiles.Pupils("12AB00", "20260415").Pupil("2", bsn: B),
            SourceFiles.Absences("12AB00", "20260301").Day(A, "02-03-2026"),
            SourceFiles.Absences("12AB00", "20260415").Day(B, "03-03-2026"),
            SourceFiles.RodComplete("PO2703", 1).Person(A).Enrolment(A, "12AB00"),
            SourceFiles.RodPartial("PO2703", 2).Enrolment(B, "12AB00"),
            SourceFiles.RodPartial("PO2703", 3).Person(B),
            SourceFiles.RodPartial("PO2703", 5).Person(A),
        ];
        foreach (var file in extra)
        {
            await File.WriteAllTextAsync(Path.Combine(folder, file.FileName), file.Build());
        }

        if (withRefused)
        {
            await File.WriteAllTextAsync(Path.Combine(folder, RefusedFile), "this is not an absences export\n");
        }

        return folder;
    }

    private static Task<IReadOnlyList<string>> DeliveriesAsync(IngestHarness target) =>
        target.RowsAsync("SELECT id, file_name, kind, owner, outcome, reason, error_line, error_field, record_count, quarantined_count FROM deliveries ORDER BY id");

    private static async Task<IReadOnlyList<byte[]>> RejectedContentAsync(IngestHarness target, long deliveryId)
    {
        await using var command = target.Database.DataSource.CreateCommand($"SELECT content FROM rejected_files WHERE delivery_id = {deliveryId}");
        await using var reader = await command.ExecuteReaderAsync();
        var contents = new List<byte[]>();
        while (await reader.ReadAsync())
        {
            contents.Add((byte[])reader[0]);
        }

        return contents;
    }

    /// <summary>Every table the ingest writes but <c>rejected_files</c>, with each row's delivery named by its file instead of its id.</summary>
    private static async Task<IReadOnlyList<string>> ByFileAsync(IngestHarness target)
    {
        var rows = new List<string>();
        foreach (var table in RegisterContents.Tables.Where(t => t != "rejected_files"))
        {
            rows.Add(table);
            rows.AddRange(await target.RowsAsync($"""
                SELECT ((to_jsonb(t) - ARRAY['id', 'delivery_id', 'last_delivery_id']) || jsonb_build_object('file', d.file_name))::text AS r
                FROM {table} t
                LEFT JOIN deliveries d ON d.id = coalesce((to_jsonb(t) ->> 'delivery_id')::bigint, (to_jsonb(t) ->> 'last_delivery_id')::bigint)
                ORDER BY r
                """));
        }

        return rows;
    }

    /// <summary>The reconciled register as the offline <c>reconcile</c> command writes it.</summary>
    private static async Task<string> SnapshotAsync(IngestHarness target)
    {
        var dataSource = target.Database.DataSource;
        var run = ReconciliationRun.Of(await new RegisterFactsLoader(dataSource).LoadAsync(CancellationToken.None), new DateOnly(2026, 4, 15));
        var (rejected, quarantined) = await SnapshotSources.LoadAsync(dataSource, CancellationToken.None);
        using var stream = new MemoryStream();
        await SnapshotWriter.WriteAsync(stream, run, rejected, quarantined, CancellationToken.None);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}

using Thuiszitters.Gateway.Ingest;
using Thuiszitters.Gateway.Register.Entities;
using Thuiszitters.Gateway.Tests.Infrastructure;

namespace Thuiszitters.Gateway.Tests.Ingest;

public sealed class DropFolderIngestorTests : IAsyncLifetime
{
    private static readonly string A = Pgns.Bsn(41);
    private static readonly string B = Pgns.Bsn(42);

    private readonly IngestHarness harness = new();

    public Task InitializeAsync() => harness.InitializeAsync();

    public Task DisposeAsync() => harness.DisposeAsync();

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
}

using Thuiszitters.Gateway.Register.Entities;
using Thuiszitters.Gateway.Tests.Infrastructure;

namespace Thuiszitters.Gateway.Tests.Ingest;

public sealed class BrpPlanTests : IAsyncLifetime
{
    private static readonly string A = Pgns.Bsn(31);
    private static readonly string B = Pgns.Bsn(32);

    private readonly IngestHarness harness = new();

    public Task InitializeAsync() => harness.InitializeAsync();

    public Task DisposeAsync() => harness.DisposeAsync();

    [Fact]
    public async Task IngestFileAsync_NewerExtract_ReplacesTheGemeentesResidents()
    {
        await harness.IngestAsync(SourceFiles.Brp("0361", "20260301").Resident(A).Resident(B));
        await harness.IngestAsync(SourceFiles.Brp("0362", "20260301").Resident(A));

        var result = await harness.IngestAsync(SourceFiles.Brp("0361", "20260401").Resident(B, vertrek: "31-03-2026"));

        Assert.Equal(DeliveryOutcomes.Applied, result.Outcome);
        Assert.Equal(
            [$"0361|{B}|2013|5|20|Jansen|2020-01-01|2026-03-31", $"0362|{A}|2013|5|20|Jansen|2020-01-01|"],
            await harness.RowsAsync("SELECT gemeente, bsn, birth_year, birth_month, birth_day, achternaam, datum_vestiging, datum_vertrek FROM residents ORDER BY gemeente"));
        Assert.Equal(["0361|2026-04-01", "0362|2026-03-01"], await harness.RowsAsync("SELECT gemeente, extract_date FROM brp_state ORDER BY gemeente"));
    }

    [Fact]
    public async Task IngestFileAsync_OlderExtract_IsSuperseded()
    {
        await harness.IngestAsync(SourceFiles.Brp("0361", "20260401").Resident(A));
        var before = await harness.ContentsAsync();

        var result = await harness.IngestAsync(SourceFiles.Brp("0361", "20260301").Resident(B));

        Assert.Equal(DeliveryOutcomes.Superseded, result.Outcome);
        Assert.Equal(before, await harness.ContentsAsync());
    }
}

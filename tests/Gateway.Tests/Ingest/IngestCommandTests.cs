using System.Globalization;
using Npgsql;
using Thuiszitters.Gateway.Ingest;
using Thuiszitters.Gateway.Register.Entities;
using Thuiszitters.Gateway.Tests.Infrastructure;

namespace Thuiszitters.Gateway.Tests.Ingest;

public sealed class IngestCommandTests : IAsyncLifetime
{
    private const int People = 60_000;
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    private readonly IngestHarness harness = new();

    public Task InitializeAsync() => harness.InitializeAsync();

    public Task DisposeAsync() => harness.DisposeAsync();

    [Fact]
    public async Task RunAsync_DropFolder_PrintsOneLinePerFileWithOutcomeCountsAndReason()
    {
        harness.Folder.Write(SourceFiles.RodComplete("VO2203", 1).Person(Pgns.Bsn(51)).Enrolment(Pgns.Bsn(51), "05KO00"));
        harness.Folder.Write(SourceFiles.RodPartial("VO2203", 3).Person(Pgns.Bsn(52)));

        var (exitCode, output, error) = await GatewayProcess.RunAsync(["ingest", "--input", harness.Folder.Path], GatewayEnvironment(), Timeout);

        Assert.True(exitCode == 0, error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(2, lines.Length);
        Assert.Equal("rod_VO2203_000001.txt  APPLIED  records=2 quarantined=0", lines[0]);
        Assert.StartsWith("rod_VO2203_000003.txt  BATCH_GAP  records=0 quarantined=0  partial batch 3", lines[1], StringComparison.Ordinal);
        Assert.DoesNotContain(Pgns.Bsn(51), output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_WithoutInputFolder_FailsWithUsage()
    {
        Assert.Equal(2, await IngestCommand.RunAsync([], CancellationToken.None));
        Assert.Equal(2, await IngestCommand.RunAsync(["--input", Path.Combine(harness.Folder.Path, "missing")], CancellationToken.None));
    }

    [Fact]
    public async Task RunAsync_KilledInTheMiddleOfADelivery_LeavesTheRegisterAsBeforeAndTheRerunAppliesItOnce()
    {
        Assert.Equal(DeliveryOutcomes.Applied, (await harness.IngestAsync(SourceFiles.RodComplete("PO2703", 1).Person(Pgns.Bsn(1)))).Outcome);
        var before = await harness.ContentsAsync();
        var input = Path.Combine(harness.Folder.Path, "input");
        Directory.CreateDirectory(input);
        await WriteLargeCompleteBatchAsync(Path.Combine(input, "rod_VO2203_000001.txt"));
        var environment = GatewayEnvironment();
        environment[IngestOptions.PauseAfterRowsVariable] = "20000";

        using (var gateway = GatewayProcess.Start(["ingest", "--input", input], environment, IngestOptions.PauseMessage))
        {
            await gateway.WaitForErrorLineAsync(Timeout);
            Assert.True(await CopyInProgressAsync(), "a COPY into the register was under way when the process was killed");
            await gateway.KillAsync();
        }

        Assert.Equal(before, await harness.ContentsAsync());
        Assert.Equal(1, await harness.CountAsync("deliveries"));

        var rerun = await GatewayProcess.RunAsync(["ingest", "--input", input], GatewayEnvironment(), Timeout);
        var again = await GatewayProcess.RunAsync(["ingest", "--input", input], GatewayEnvironment(), Timeout);

        Assert.True(rerun.ExitCode == 0, rerun.Error);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"APPLIED  records={2 * People}"), rerun.Output, StringComparison.Ordinal);
        Assert.Contains("DUPLICATE", again.Output, StringComparison.Ordinal);
        Assert.Equal(People, await harness.CountAsync("rod_persons", "recipient = 'VO2203'"));
        Assert.Equal(People, await harness.CountAsync("rod_enrolments", "recipient = 'VO2203'"));
        Assert.Equal(1, await harness.CountAsync("deliveries", "outcome = 'APPLIED' AND owner = 'VO2203'"));
    }

    private static async Task WriteLargeCompleteBatchAsync(string path)
    {
        await using var writer = new StreamWriter(path) { NewLine = "\n" };
        await writer.WriteLineAsync("VLR|1|C|20260401|20260401|VO2203");
        for (var i = 0; i < People; i++)
        {
            await writer.WriteLineAsync($"PER|{Pgns.Bsn(1000 + i)}|20130520|Jansen||Piet|0361|1811AB|");
        }

        for (var i = 0; i < People; i++)
        {
            await writer.WriteLineAsync($"INS|{Pgns.Bsn(1000 + i)}|05KO|00|1|20250818||VO|T");
        }

        await writer.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"SLR|{People}|{People}|0|0|0"));
    }

    private async Task<bool> CopyInProgressAsync()
    {
        await using var connection = new NpgsqlConnection(TestDatabase.ServerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM pg_stat_progress_copy WHERE datname = @name AND tuples_processed > 0", connection);
        command.Parameters.AddWithValue("name", harness.Database.Name);
        return (long)(await command.ExecuteScalarAsync())! > 0;
    }

    private Dictionary<string, string> GatewayEnvironment() => new()
    {
        ["ConnectionStrings__Register"] = harness.Database.ConnectionString,
    };
}

using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Thuiszitters.Gateway.Reconciliation;
using Thuiszitters.Gateway.Register;
using Thuiszitters.Gateway.RodCorrections;
using Thuiszitters.Gateway.Tests.Infrastructure;

namespace Thuiszitters.Gateway.Tests.RodCorrections;

/// <summary>
/// End to end over real deliveries: a school's export enrols a pupil that ROD lacks (NOT_IN_ROD), the board submits the
/// correction automatically, and DUO's answer decides what follows: accepted, the conflict closes once the next ROD
/// delivery holds the enrolment; rejected, it stays open with DUO's reason, also after a later ROD delivery.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA1001:Types that own disposable fields should be disposable", Justification = "Disposed by IAsyncLifetime.DisposeAsync.")]
public sealed class RodCorrectionConfirmationTests : IAsyncLifetime
{
    private const string School = "12AB00";
    private const string Recipient = "VO2203";
    private static readonly DateOnly AsOf = new(2026, 4, 15);
    private static readonly string Missing = Pgns.Bsn(811);
    private static readonly string Known = Pgns.Bsn(812);

    private readonly TestDatabase database = new();
    private readonly DropFolder drop = new();
    private readonly FakeDuo duo = new();
    private WebApplication? host;

    public async Task InitializeAsync()
    {
        await database.InitializeAsync();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [] });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"ConnectionStrings:{RegisterDatabase.ConnectionStringName}"] = database.ConnectionString,
            ["DuoRod:BaseUrl"] = duo.BaseUrl.ToString(),
            ["DuoRod:AccessToken"] = FakeDuo.Token,
        });
        builder.Logging.ClearProviders();
        builder.AddGatewayCore();
        host = builder.Build();
        await host.Services.MigrateRegisterAsync();
        await ApplyAsync(SourceFiles.RodComplete(Recipient, 1).Person(Missing).Person(Known).Enrolment(Known, School));
        await ApplyAsync(SourceFiles.Pupils(School, "20260301").Pupil("1", bsn: Missing).Pupil("2", bsn: Known));
        await using var board = database.DataSource.CreateCommand(
            "INSERT INTO rod_board_settings (board, auto_submit, schools, updated_by, updated_at) VALUES ('bestuur-1', true, ARRAY['12AB00'], 'test', now())");
        await board.ExecuteNonQueryAsync();
    }

    public async Task DisposeAsync()
    {
        if (host is not null)
        {
            await host.DisposeAsync();
        }

        duo.Dispose();
        drop.Dispose();
        await database.DisposeAsync();
    }

    private RodCorrectionCycle Cycle => host!.Services.GetRequiredService<RodCorrectionCycle>();

    [Fact]
    public async Task AcceptedCorrection_NextRodDeliveryHoldsTheEnrolment_ClosesTheConflict()
    {
        Assert.Equal(["OPEN"], await ConflictStatesAsync());

        var pass = await Cycle.RunAsync(CancellationToken.None);

        Assert.Equal((1, 1, 1), (pass.Proposed, pass.Submitted, pass.Processed));
        Assert.Equal(["T|ACCEPTED"], await RowsAsync("SELECT mutation || '|' || state FROM rod_corrections"));
        Assert.Equal(["OPEN"], await ConflictStatesAsync());

        await ApplyAsync(SourceFiles.RodPartial(Recipient, 2, "20260410").Enrolment(Missing, School, begin: "20250818"));

        Assert.Equal(["RESOLVED"], await ConflictStatesAsync());
        await Cycle.RunAsync(CancellationToken.None);
        Assert.Equal(["T|ACCEPTED"], await RowsAsync("SELECT mutation || '|' || state FROM rod_corrections"));
    }

    [Fact]
    public async Task RejectedCorrection_NextRodDeliveryWithoutIt_StaysOpenWithDuosReason()
    {
        duo.Judge = _ => ("REJECTED", "R17", "Dubbele inschrijving geconstateerd");

        await Cycle.RunAsync(CancellationToken.None);
        await ApplyAsync(SourceFiles.RodPartial(Recipient, 2, "20260410").Person(Known, achternaam: "Bakker"));
        var again = await Cycle.RunAsync(CancellationToken.None);

        Assert.Equal(["OPEN"], await ConflictStatesAsync());
        Assert.Equal(["T|REJECTED|R17|Dubbele inschrijving geconstateerd"],
            await RowsAsync("SELECT mutation || '|' || state || '|' || signal_code || '|' || signal_text FROM rod_corrections"));
        Assert.Equal((0, 0), (again.Proposed, again.Submitted));
        Assert.Equal(1, duo.BatchesCreated);
    }

    private async Task ApplyAsync(ISourceFile file)
    {
        var (delivery, _) = await host!.Services.GetRequiredService<DeliveryPipeline>().ApplyAsync(drop.Write(file), AsOf, CancellationToken.None);
        Assert.True(delivery.Outcome == "APPLIED", delivery.ToString());
    }

    private Task<IReadOnlyList<string>> ConflictStatesAsync() =>
        RowsAsync($"SELECT state FROM conflicts WHERE code = 'NOT_IN_ROD' AND pgn = '{Missing}'");

    private Task<IReadOnlyList<string>> RowsAsync(string sql) => RegisterContents.RowsAsync(database.DataSource, sql);
}

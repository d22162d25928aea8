using Thuiszitters.Gateway.Reconciliation;
using Thuiszitters.Gateway.Reconciliation.Facts;
using Thuiszitters.Gateway.Reconciliation.Identity;
using Thuiszitters.Gateway.Reconciliation.Persistence;
using Thuiszitters.Gateway.Tests.Infrastructure;

namespace Thuiszitters.Gateway.Tests.Reconciliation.Persistence;

/// <summary>An incremental store rewrites only the states and name keys that changed, and leaves the register as if it rewrote them all.</summary>
public sealed class IncrementalMergeTests : IAsyncLifetime
{
    private static readonly DateOnly AsOf = new(2026, 4, 15);
    private static readonly string Changing = Pgns.Bsn(51);
    private static readonly string Steady = Pgns.Bsn(52);
    private static readonly string Untouched = Pgns.Bsn(53);
    private static readonly string Held = "12AB00/4711";
    private static readonly string Gone = "12AB00/4712";

    private readonly TestDatabase database = new();
    private readonly FixedTimeProvider clock = new(new DateTimeOffset(2026, 4, 15, 8, 0, 0, TimeSpan.Zero));

    public Task InitializeAsync() => database.InitializeAsync();

    public Task DisposeAsync() => database.DisposeAsync();

    [Fact]
    public async Task SaveAsync_Incremental_RewritesOnlyChangedStatesAndNameKeys()
    {
        var first = await SaveAsync(null,
            [State(Changing, PupilStatus.Attending, "12AB00"), State(Steady, PupilStatus.Attending, "12AB00"), State(Untouched, PupilStatus.Attending, "05KO00"),
             Unidentified(Held), Unidentified(Gone)],
            [Key(Changing, "jansen"), Key(Steady, "visser"), Key(Untouched, "smit")]);
        var steadyKeyId = await ScalarAsync($"SELECT id FROM person_name_keys WHERE person_key = '{Steady}'");

        var second = await SaveAsync([Changing, Steady],
            [State(Changing, PupilStatus.AtRisk), State(Steady, PupilStatus.Attending, "12AB00"), Unidentified(Held)],
            [Key(Changing, "de vries"), Key(Steady, "visser")]);

        Assert.Equal(second, await ScalarAsync($"SELECT run_id FROM pupil_states WHERE person_key = '{Changing}' AND status = 'AT_RISK' AND schools = '{{}}'"));
        Assert.Equal(first, await ScalarAsync($"SELECT run_id FROM pupil_states WHERE person_key = '{Steady}' AND status = 'ATTENDING'"));
        Assert.Equal(first, await ScalarAsync($"SELECT run_id FROM pupil_states WHERE person_key = '{Untouched}'"));
        Assert.Equal(first, await ScalarAsync($"SELECT run_id FROM pupil_states WHERE person_key = '{Held}'"));
        Assert.Equal(0, await CountAsync("pupil_states", $"person_key = '{Gone}'"));
        Assert.Equal(4, await CountAsync("pupil_states"));
        Assert.Equal(steadyKeyId, await ScalarAsync($"SELECT id FROM person_name_keys WHERE person_key = '{Steady}'"));
        Assert.Equal(1, await CountAsync("person_name_keys", $"person_key = '{Changing}' AND surname = 'de vries'"));
        Assert.Equal(3, await CountAsync("person_name_keys"));
    }

    [Fact]
    public async Task SaveAsync_IncrementalPersonWithoutFacts_LosesStateAndNameKeys()
    {
        await SaveAsync(null, [State(Changing, PupilStatus.Attending, "12AB00"), State(Steady, PupilStatus.Attending)], [Key(Changing, "jansen"), Key(Steady, "visser")]);

        await SaveAsync([Changing], [], []);

        Assert.Equal(0, await CountAsync("pupil_states", $"person_key = '{Changing}'"));
        Assert.Equal(0, await CountAsync("person_name_keys", $"person_key = '{Changing}'"));
        Assert.Equal(1, await CountAsync("pupil_states", $"person_key = '{Steady}'"));
        Assert.Equal(1, await CountAsync("person_name_keys", $"person_key = '{Steady}'"));
    }

    [Fact]
    public async Task SaveAsync_IncrementalStateTwice_FailsAndStoresNothing()
    {
        var first = await SaveAsync(null, [State(Changing, PupilStatus.Attending, "12AB00")], [Key(Changing, "jansen")]);

        await Assert.ThrowsAsync<Npgsql.PostgresException>(() =>
            SaveAsync([Changing], [State(Changing, PupilStatus.AtRisk), State(Changing, PupilStatus.Attending)], []));

        Assert.Equal(first, await ScalarAsync($"SELECT run_id FROM pupil_states WHERE person_key = '{Changing}' AND status = 'ATTENDING'"));
        Assert.Equal(1, await CountAsync("reconciliation_runs", "finished_at IS NOT NULL"));
    }

    private static PupilOutcome State(string pgn, PupilStatus status, params string[] schools) =>
        new(pgn, null, status, new DateOnly(2025, 8, 18), null, "0361", schools, []);

    private static PupilOutcome Unidentified(string sourceKey) =>
        new(null, sourceKey, PupilStatus.Attending, null, null, null, ["12AB00"], []);

    private static PersonNameKey Key(string pgn, string surname) => new(pgn, 2013, 5, 20, surname);

    private Task<long> SaveAsync(IReadOnlyCollection<string>? touched, PupilOutcome[] pupils, PersonNameKey[] nameKeys)
    {
        clock.Now += TimeSpan.FromMinutes(1);
        return new ReconciliationStore(database.DataSource, clock).SaveAsync(
            new ReconciliationRun(AsOf, pupils, []), touched, new RegisterFacts([], RegionFacts.Empty, []) { NameKeys = nameKeys }, CancellationToken.None);
    }

    private async Task<long> ScalarAsync(string sql)
    {
        await using var command = database.DataSource.CreateCommand(sql);
        return Convert.ToInt64(await command.ExecuteScalarAsync() ?? -1L, System.Globalization.CultureInfo.InvariantCulture);
    }

    private Task<long> CountAsync(string table, string where = "true") => RegisterContents.CountAsync(database.DataSource, table, where);
}

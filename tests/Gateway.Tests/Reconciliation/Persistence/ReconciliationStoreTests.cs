using Thuiszitters.Gateway.Conflicts;
using Thuiszitters.Gateway.Reconciliation;
using Thuiszitters.Gateway.Reconciliation.Persistence;
using Thuiszitters.Gateway.Security;
using Thuiszitters.Gateway.Tests.Infrastructure;

namespace Thuiszitters.Gateway.Tests.Reconciliation.Persistence;

/// <summary>The conflict lifecycle in the register: one row per identity, resolved when the facts go, reopened when they return.</summary>
public sealed class ReconciliationStoreTests : IAsyncLifetime
{
    private static readonly DateOnly AsOf = new(2026, 4, 15);
    private static readonly string Pupil = Pgns.Bsn(41);
    private static readonly ConflictFinding Gap = new(
        ConflictCode.UnenrolledWithoutNewSchool, Pupil, "12AB00", new DateOnly(2026, 3, 20), ActingParty.LeavingSchoolAndLeerplicht, new DateOnly(2026, 3, 27), "uitgeschreven");

    private readonly TestDatabase database = new();
    private readonly FixedTimeProvider clock = new(new DateTimeOffset(2026, 4, 15, 8, 0, 0, TimeSpan.Zero));

    public Task InitializeAsync() => database.InitializeAsync();

    public Task DisposeAsync() => database.DisposeAsync();

    [Fact]
    public async Task SaveAsync_SameConflictFoundTwice_KeepsOneRowAndOneRaisedEvent()
    {
        await SaveAsync(Gap);
        clock.Now += TimeSpan.FromHours(1);
        await SaveAsync(Gap);

        Assert.Equal(1, await CountAsync("conflicts", "state = 'OPEN'"));
        Assert.Equal(1, await CountAsync("conflicts"));
        Assert.Equal(1, await CountAsync("conflict_events", "action = 'RAISED'"));
        Assert.Equal(1, await CountAsync("conflicts", "last_seen_at > first_seen_at"));
    }

    [Fact]
    public async Task SaveAsync_FactsGone_ResolvesWithWhenAndWhy()
    {
        await SaveAsync(Gap);
        clock.Now += TimeSpan.FromDays(1);
        await SaveAsync();

        Assert.Equal(1, await CountAsync("conflicts", "state = 'RESOLVED' AND resolved_at = '2026-04-16 08:00:00+00' AND resolution IS NOT NULL"));
        Assert.Equal(1, await CountAsync("conflict_events", "action = 'RESOLVED'"));
    }

    [Fact]
    public async Task SaveAsync_FactsReturn_ReopensTheSameConflict()
    {
        await SaveAsync(Gap);
        await SaveAsync();
        await SaveAsync(Gap);

        Assert.Equal(1, await CountAsync("conflicts"));
        Assert.Equal(1, await CountAsync("conflicts", "state = 'OPEN' AND resolved_at IS NULL"));
        Assert.Equal(1, await CountAsync("conflict_events", "action = 'REOPENED'"));
    }

    [Fact]
    public async Task DismissAsync_ThenFoundAgainOrGone_StaysDismissedWithWhoAndWhy()
    {
        await SaveAsync(Gap);
        var id = await IdAsync();
        // The leaving school acts on UNENROLLED_WITHOUT_NEW_SCHOOL (the SWV only on an escalated case).
        var caller = new Caller("R. Jansen", CallerRole.School, "12AB00", []);
        Assert.Equal(
            ConflictActionOutcome.Done,
            (await new ConflictActions(database.DataSource, clock).DismissAsync(id, caller, "leerling woont in het buitenland", CancellationToken.None)).Outcome);

        await SaveAsync(Gap);
        Assert.Equal(1, await CountAsync("conflicts", "state = 'DISMISSED' AND dismissed_by LIKE 'R. Jansen%' AND dismiss_reason = 'leerling woont in het buitenland'"));
        await SaveAsync();
        Assert.Equal(1, await CountAsync("conflicts", "state = 'DISMISSED'"));
        Assert.Equal(1, await CountAsync("conflict_events", "action = 'DISMISSED' AND reason = 'leerling woont in het buitenland'"));
    }

    [Fact]
    public async Task AcknowledgeAsync_ThenFactsGone_ResolvesAndKeepsWhoAcknowledged()
    {
        await SaveAsync(Gap);
        var caller = new Caller("J. Visser", CallerRole.School, "12AB00", []);
        Assert.Equal(ConflictActionOutcome.Done, (await new ConflictActions(database.DataSource, clock).AcknowledgeAsync(await IdAsync(), caller, CancellationToken.None)).Outcome);
        Assert.Equal(ConflictActionOutcome.WrongState, (await new ConflictActions(database.DataSource, clock).AcknowledgeAsync(await IdAsync(), caller, CancellationToken.None)).Outcome);

        await SaveAsync();

        Assert.Equal(1, await CountAsync("conflicts", "state = 'RESOLVED' AND acknowledged_by LIKE 'J. Visser%'"));
    }

    [Fact]
    public async Task AcknowledgeAsync_AnotherSchoolsConflict_IsRefused()
    {
        await SaveAsync(Gap);
        var other = new Caller("K. Smit", CallerRole.School, "05KO00", []);

        Assert.Equal(ConflictActionOutcome.NotFound, (await new ConflictActions(database.DataSource, clock).AcknowledgeAsync(await IdAsync(), other, CancellationToken.None)).Outcome);
        Assert.Equal(1, await CountAsync("conflicts", "state = 'OPEN'"));
    }

    [Fact]
    public async Task SaveAsync_IncrementalRun_LeavesOtherPersonsConflictsAlone()
    {
        var other = Gap with { Pgn = Pgns.Bsn(42) };
        await SaveAsync(Gap, other);

        await new ReconciliationStore(database.DataSource, clock).SaveAsync(
            new ReconciliationRun(AsOf, [], []), [Pupil], CancellationToken.None);

        Assert.Equal(1, await CountAsync("conflicts", $"state = 'RESOLVED' AND pgn = '{Pupil}'"));
        Assert.Equal(1, await CountAsync("conflicts", $"state = 'OPEN' AND pgn = '{other.Pgn}'"));
    }

    [Fact]
    public async Task SaveAsync_FullRun_RebuildsEverySecondaryIndexItDeferred()
    {
        var before = await CountAsync("pg_indexes", "tablename IN ('pupil_states', 'person_name_keys')");

        await SaveAsync(Gap);
        await SaveAsync();

        Assert.True(before >= 6, $"{before} indexes");
        Assert.Equal(before, await CountAsync("pg_indexes", "tablename IN ('pupil_states', 'person_name_keys')"));
    }

    private Task<long> SaveAsync(params ConflictFinding[] conflicts) =>
        new ReconciliationStore(database.DataSource, clock).SaveAsync(new ReconciliationRun(AsOf, [], conflicts), null, CancellationToken.None);

    private async Task<long> IdAsync()
    {
        await using var command = database.DataSource.CreateCommand("SELECT id FROM conflicts");
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private Task<long> CountAsync(string table, string where = "true") => RegisterContents.CountAsync(database.DataSource, table, where);
}

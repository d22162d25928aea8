using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Thuiszitters.Gateway.Register;
using Thuiszitters.Gateway.Tests.Infrastructure;

namespace Thuiszitters.Gateway.Tests.Register;

public sealed class RegisterDatabaseTests : IAsyncLifetime
{
    private readonly TestDatabase database = new();

    public Task InitializeAsync() => database.InitializeAsync();

    public Task DisposeAsync() => database.DisposeAsync();

    [Fact]
    public async Task MigrateAsync_FreshDatabase_CreatesTheRegisterTablesWithSnakeCaseNames()
    {
        var tables = await RegisterContents.RowsAsync(
            database.DataSource,
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name NOT LIKE '\\_\\_%' ORDER BY table_name");

        Assert.Superset(
            new HashSet<string>(
            [
                "absence_runs", "brp_state", "deliveries", "pgn_links", "quarantined_records", "rejected_files", "residents", "rod_batch_state",
                "rod_enrolments", "rod_persons", "school_export_state", "school_pupils", "thuiszitter_registrations", "verzuimmeldingen", "vrijstellingen",
            ]),
            tables.ToHashSet());
        var columns = await RegisterContents.RowsAsync(
            database.DataSource,
            "SELECT column_name || ':' || data_type FROM information_schema.columns WHERE table_name = 'deliveries' ORDER BY ordinal_position");
        Assert.Contains("received_at:timestamp with time zone", columns);
        Assert.Contains("quarantined_count:bigint", columns);
        Assert.All(columns, c => Assert.Matches("^[a-z0-9_]+:", c));
    }

    [Fact]
    public async Task MigrateAsync_AlreadyMigrated_ChangesNothing()
    {
        await RegisterDatabase.MigrateAsync(database.ConnectionString);

        await using var context = database.CreateDbContext();
        Assert.Empty(await context.Database.GetPendingMigrationsAsync());
        Assert.NotEmpty(await context.Database.GetAppliedMigrationsAsync());
    }

    [Fact]
    public async Task Model_ComparedWithTheMigrations_HasNoChangesWithoutAMigration()
    {
        await using var context = database.CreateDbContext();

        Assert.False(context.Database.HasPendingModelChanges(), "the model changed: add a migration (dotnet ef migrations add)");
    }

    [Fact]
    public async Task Deliveries_OutcomeOutsideTheKnownValues_IsRefusedByTheDatabase()
    {
        await using var command = database.DataSource.CreateCommand(
            "INSERT INTO deliveries (file_name, sha256, kind, received_at, outcome) VALUES ('f', 'x', 'EDEX', now(), 'MAYBE')");

        var error = await Assert.ThrowsAsync<Npgsql.PostgresException>(() => command.ExecuteNonQueryAsync());

        Assert.Equal("ck_deliveries_outcome", error.ConstraintName);
    }

    [Fact]
    public async Task MigrateAsync_AbsenceDaysOfAnEarlierSchema_BecomeRunsOfConsecutiveLinesAndComeBackOnTheWayDown()
    {
        const string Before = "20261125141851_PupilStatesWithoutPgnIndex";
        const string Days = "SELECT delivery_id, line, school, stamnummer, bsn, onderwijsnummer, date, hours, code FROM absence_days ORDER BY delivery_id, line";
        await using (var context = database.CreateDbContext())
        {
            await context.GetService<IMigrator>().MigrateAsync(Before);
        }

        // Delivery 1: A on lines 2-4, B on 5, A again on 6, a line missing (quarantined), A on 8; delivery 2: A on line 2.
        var (a, b) = (Pgns.Bsn(1), Pgns.Bsn(2));
        await using (var insert = database.DataSource.CreateCommand($"""
            INSERT INTO absence_days (delivery_id, line, school, stamnummer, bsn, onderwijsnummer, date, hours, code) VALUES
              (1, 2, '12AB00', '7', '{a}', NULL, '2026-03-02', 6, 'ZIEK'), (1, 3, '12AB00', '7', '{a}', NULL, '2026-03-03', 2.5, 'LUXE'),
              (1, 4, '12AB00', '7', '{a}', NULL, '2026-03-04', 1, 'VERLOF_11G'), (1, 5, '12AB00', '8', '{b}', NULL, '2026-03-02', 6, 'ONGEOORLOOFD'),
              (1, 6, '12AB00', '7', '{a}', NULL, '2026-03-05', 6, 'GEOORLOOFD'), (1, 8, '12AB00', '7', '{a}', NULL, '2026-03-06', 6, 'SCHORSING'),
              (2, 2, '05KO00', NULL, '{a}', NULL, '2026-03-09', 6, 'VERLOF_11F');
            """))
        {
            await insert.ExecuteNonQueryAsync();
        }

        var before = await RegisterContents.RowsAsync(database.DataSource, Days);
        await RegisterDatabase.MigrateAsync(database.ConnectionString);

        Assert.Equal(before, await RegisterContents.RowsAsync(database.DataSource, Days));
        Assert.Equal(
            ["1|2|3", "1|5|1", "1|6|1", "1|8|1", "2|2|1"],
            await RegisterContents.RowsAsync(database.DataSource, "SELECT delivery_id, line, cardinality(dates) FROM absence_runs ORDER BY delivery_id, line"));

        await using (var context = database.CreateDbContext())
        {
            await context.GetService<IMigrator>().MigrateAsync(Before);
        }

        Assert.Equal(before, await RegisterContents.RowsAsync(database.DataSource, Days));
        Assert.Equal(0, await RegisterContents.CountAsync(database.DataSource, "information_schema.tables", "table_name = 'absence_runs'"));
    }
}

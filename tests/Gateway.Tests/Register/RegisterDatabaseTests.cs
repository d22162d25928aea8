using Microsoft.EntityFrameworkCore;
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
                "absence_days", "brp_state", "deliveries", "pgn_links", "quarantined_records", "rejected_files", "residents", "rod_batch_state",
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
}
